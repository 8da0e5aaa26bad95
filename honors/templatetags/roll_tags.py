"""Template tags for lists of honours, which link each honoree to its page on a roll."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def honoree_url(context, honoree, roll):
    """The honoree's page on `roll`, the roll the list belongs to (given once by the
    page, so a list of many honorees looks no page up per row)."""
    return honoree.get_url(context.get("request"), roll=roll)
