/*
 * Progressive enhancement only: every page works without this script.
 * On narrow screens the main menu folds behind a button.
 */
(function () {
    "use strict";

    // Printed links show where they lead in full (print.css), not the bare path.
    document.querySelectorAll("main a[href]").forEach(function (link) {
        if (/^(https?:|\/)/.test(link.getAttribute("href"))) {
            link.setAttribute("data-print-url", link.href);
        }
    });

    // "Print" buttons: hidden without JavaScript, since they need it. The browser's
    // print dialog also saves the page as PDF: no outside service is involved.
    document.querySelectorAll("[data-print]").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () {
            window.print();
        });
    });

    // A form refused by the server opens at its error summary: the focus goes there
    // too, so a screen reader reads what to fix first (GOV.UK's pattern).
    var summary = document.querySelector("[data-error-summary]");
    if (summary) {
        summary.focus();
    }

    // A form sent once: the button is disabled while the request is on its way, so a
    // double click does not send it twice (the server would still give one receipt).
    document.querySelectorAll("[data-submit-once]").forEach(function (button) {
        button.form.addEventListener("submit", function () {
            window.setTimeout(function () {
                button.disabled = true;
            }, 0);
        });
    });

    // On phones the search form and the menu open from the header's two links, which
    // reach them by their #address without JavaScript; here they open in place.
    document.querySelectorAll("[data-panel]").forEach(function (link) {
        var panel = document.getElementById(link.getAttribute("data-panel"));
        if (!panel) {
            return;
        }
        link.setAttribute("role", "button");
        link.setAttribute("aria-controls", panel.id);
        link.setAttribute("aria-expanded", "false");

        function setOpen(open) {
            link.setAttribute("aria-expanded", open ? "true" : "false");
            panel.classList.toggle("is-open", open);
            if (open) {
                var field = panel.querySelector("input, a");
                if (field) {
                    field.focus();
                }
            }
        }

        link.addEventListener("click", function (event) {
            event.preventDefault();
            setOpen(link.getAttribute("aria-expanded") !== "true");
        });
        panel.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && link.getAttribute("aria-expanded") === "true") {
                setOpen(false);
                link.focus();
            }
        });
    });

    // A list's filters and the like start folded on phones (the results come first on
    // the screen) and open on wider screens.
    if (window.matchMedia("(min-width: 64rem)").matches) {
        document.querySelectorAll("details.fold-on-phone").forEach(function (panel) {
            panel.open = true;
        });
    }
})();
