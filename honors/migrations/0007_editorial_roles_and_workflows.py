"""The portal's groups, their permissions and its two workflows (see honors.staff.roles).

Replaces Wagtail's starter groups ("Moderators", "Editors") and workflow ("Moderators
approval") when nobody uses them."""

from django.db import migrations

from honors.staff import roles


class Migration(migrations.Migration):
    dependencies = [
        ("honors", "0006_peer_approval_task"),
        ("search", "0001_search_terms"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("home", "0003_alter_standardpage_body"),
        # Every app whose permissions the administrators get must exist by now.
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtailforms", "0005_alter_formsubmission_form_data"),
        ("wagtailembeds", "0009_embed_cache_until"),
        ("wagtailusers", "0015_userprofile_keyboard_shortcuts"),
        ("simple_translation", "0001_initial"),
        (
            "taggit",
            "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx",
        ),
    ]

    operations = [migrations.RunPython(roles.install, migrations.RunPython.noop)]
