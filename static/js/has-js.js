// Loaded in <head>, before the page is drawn: styles for "scripts on" apply at once.
// A file, not an inline script, so the Content-Security-Policy allows only the portal's own files.
document.documentElement.classList.add("js");
