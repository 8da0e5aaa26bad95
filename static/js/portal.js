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

    // A form sent once: the button is disabled while the request is on its way, so a
    // double click does not send it twice (the server would still give one receipt).
    document.querySelectorAll("[data-submit-once]").forEach(function (button) {
        button.form.addEventListener("submit", function () {
            window.setTimeout(function () {
                button.disabled = true;
            }, 0);
        });
    });

    var toggle = document.querySelector(".main-nav__toggle");
    var list = document.getElementById("main-nav-list");
    if (!toggle || !list) {
        return;
    }
    toggle.hidden = false;

    function setOpen(open) {
        toggle.setAttribute("aria-expanded", open ? "true" : "false");
        list.classList.toggle("is-open", open);
    }

    toggle.addEventListener("click", function () {
        setOpen(toggle.getAttribute("aria-expanded") !== "true");
    });

    document.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
            setOpen(false);
            toggle.focus();
        }
    });
})();
