// Starts Wagtail's date and time choosers from data attributes (see the overridden
// wagtailadmin/widgets/*_input.html), instead of the inline scripts a strict CSP blocks.
(() => {
  const start = (root) => {
    root.querySelectorAll("[data-date-chooser]:not([data-date-chooser-started])").forEach((el) => {
      const init = window[el.dataset.dateChooser];
      if (typeof init !== "function") return;
      el.dataset.dateChooserStarted = "";
      init(el.dataset.dateChooserInput, JSON.parse(el.dataset.dateChooserConfig));
    });
  };
  const watch = () => {
    start(document);
    // Modals and panels added later (e.g. the scheduling dialog) get theirs too.
    new MutationObserver(() => start(document)).observe(document.body, { childList: true, subtree: true });
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", watch);
  else watch();
})();
