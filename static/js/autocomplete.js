/*
 * Suggestions under the search boxes, as the visitor types (progressive enhancement:
 * without this script the boxes are plain search forms).
 *
 * Markup: a form holding an input, with data-autocomplete on the input's wrapper and
 * data-suggest-url (the JSON endpoint) and data-count-text ("{n} gợi ý") on the input.
 * The input becomes an ARIA 1.2 combobox with a listbox popup: arrow keys move through
 * the suggestions, Enter opens the one chosen, Escape closes the list; a polite live
 * region says how many suggestions there are.
 */
(function () {
    "use strict";

    var DELAY = 150;
    var MIN_LETTERS = 2;

    function setUp(input, index) {
        var url = input.getAttribute("data-suggest-url");
        var wrapper = input.closest("[data-autocomplete]");
        if (!url || !wrapper || !window.fetch) {
            return;
        }
        var listId = "suggestions-" + index;
        var list = document.createElement("ul");
        list.id = listId;
        list.className = "suggestions";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", input.getAttribute("data-list-label") || "");
        list.hidden = true;
        wrapper.appendChild(list);

        var status = document.createElement("p");
        status.className = "visually-hidden";
        status.setAttribute("role", "status");
        wrapper.appendChild(status);

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listId);

        var items = [];
        var active = -1;
        var timer = null;
        var latest = 0;

        function close() {
            list.hidden = true;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
            active = -1;
        }

        function choose(position) {
            active = position;
            items.forEach(function (item, i) {
                item.element.setAttribute("aria-selected", i === position ? "true" : "false");
            });
            if (position >= 0) {
                input.setAttribute("aria-activedescendant", items[position].element.id);
                items[position].element.scrollIntoView({ block: "nearest" });
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        function show(suggestions) {
            list.textContent = "";
            items = suggestions.map(function (suggestion, i) {
                var element = document.createElement("li");
                element.id = listId + "-" + i;
                element.className = "suggestions__item";
                element.setAttribute("role", "option");
                element.setAttribute("aria-selected", "false");
                var label = document.createElement("span");
                label.className = "suggestions__label";
                label.textContent = suggestion.label;
                var kind = document.createElement("span");
                kind.className = "suggestions__type";
                kind.textContent = suggestion.detail
                    ? suggestion.type + " · " + suggestion.detail
                    : suggestion.type;
                element.appendChild(label);
                element.appendChild(kind);
                element.addEventListener("mousedown", function (event) {
                    event.preventDefault(); // keep the focus in the box
                });
                element.addEventListener("click", function () {
                    window.location.assign(suggestion.url);
                });
                list.appendChild(element);
                return { element: element, url: suggestion.url };
            });
            active = -1;
            var countText = input.getAttribute("data-count-text") || "{n}";
            status.textContent = countText.replace("{n}", String(items.length));
            if (items.length) {
                list.hidden = false;
                input.setAttribute("aria-expanded", "true");
            } else {
                close();
            }
        }

        function fetchSuggestions() {
            var text = input.value.trim();
            if (text.length < MIN_LETTERS) {
                show([]);
                status.textContent = "";
                return;
            }
            var request = ++latest;
            window
                .fetch(url + "?q=" + encodeURIComponent(text), {
                    headers: { Accept: "application/json" },
                })
                .then(function (response) {
                    return response.ok ? response.json() : { suggestions: [] };
                })
                .then(function (data) {
                    if (request === latest) {
                        show(data.suggestions || []);
                    }
                })
                .catch(function () {
                    close(); // the form still works: suggestions are a convenience
                });
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(fetchSuggestions, DELAY);
        });

        input.addEventListener("keydown", function (event) {
            if (event.key === "ArrowDown" && items.length) {
                event.preventDefault();
                if (list.hidden) {
                    list.hidden = false;
                    input.setAttribute("aria-expanded", "true");
                }
                choose((active + 1) % items.length);
            } else if (event.key === "ArrowUp" && items.length) {
                event.preventDefault();
                choose(active <= 0 ? items.length - 1 : active - 1);
            } else if (event.key === "Enter" && active >= 0 && !list.hidden) {
                event.preventDefault();
                window.location.assign(items[active].url);
            } else if (event.key === "Escape" && !list.hidden) {
                event.preventDefault();
                close();
            }
        });

        input.addEventListener("blur", function () {
            window.setTimeout(close, 100);
        });
    }

    document.querySelectorAll("input[data-suggest-url]").forEach(setUp);
})();
