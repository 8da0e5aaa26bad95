/*
 * Progressive enhancement only: every page works without this script.
 * On narrow screens the main menu folds behind a button.
 */
(function () {
    "use strict";

    // "Print" buttons: hidden without JavaScript, since they need it.
    document.querySelectorAll("[data-print]").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () {
            window.print();
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
