// Starts Wagtail's chooser widgets (image, page...) from data attributes (programs/widgets.py),
// instead of the inline script Wagtail writes after each one, which a strict CSP blocks.
(() => {
  const start = (root) => {
    root.querySelectorAll("[data-chooser-start]:not([data-chooser-started])").forEach((el) => {
      const Chooser = window[el.dataset.chooserStart];
      if (typeof Chooser !== "function") return;
      el.dataset.chooserStarted = "";
      new Chooser(el.dataset.chooserId, JSON.parse(el.dataset.chooserOptions));
    });
  };
  const watch = () => {
    start(document);
    new MutationObserver(() => start(document)).observe(document.body, { childList: true, subtree: true });
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", watch);
  else watch();
})();
