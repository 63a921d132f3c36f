// Promoted search results (Settings > Promoted search results) without inline scripts, for the
// CSP: starts what Wagtail's add and edit views start inline, from data attributes set by the
// overridden templates/wagtailsearchpromotions/: the "Add a recommended result" formset (add,
// delete, move up and down, drag), "Choose from popular search terms", and the page chooser of
// each recommendation, including those added later.
(() => {
  /* global InlinePanel, ModalWorkflow, QUERY_CHOOSER_MODAL_ONLOAD_HANDLERS */

  // Each chooser rendered by the chooser_without_inline_script tag: what its script would do.
  const startChoosers = (root) => {
    root.querySelectorAll("[data-chooser-start]:not([data-chooser-started])").forEach((el) => {
      const Chooser = window[el.dataset.chooserStart];
      if (typeof Chooser !== "function") return;
      el.dataset.chooserStarted = "";
      new Chooser(el.dataset.chooserInput, JSON.parse(el.dataset.chooserOptions));
    });
  };

  const startQueryChooser = (config) => {
    const input = document.getElementById(config.queryChooserInput);
    const button = document.getElementById(`${config.queryChooserInput}-chooser`);
    if (!input || !button) return;
    button.addEventListener("click", () => {
      ModalWorkflow({
        url: config.queryChooserUrl,
        onload: QUERY_CHOOSER_MODAL_ONLOAD_HANDLERS,
        responses: {
          queryChosen: (queryData) => {
            input.value = queryData.querystring;
          },
        },
      });
    });
  };

  const start = () => {
    const form = document.querySelector("[data-search-promotions-formset]");
    if (!form) return;
    startChoosers(document);
    // A recommendation added with "Add a recommended result" brings its own page chooser.
    new MutationObserver(() => startChoosers(form)).observe(form, { childList: true, subtree: true });
    new InlinePanel({
      formsetPrefix: form.dataset.searchPromotionsFormset,
      emptyChildFormPrefix: form.dataset.emptyChildPrefix,
      canOrder: true,
    });
    startQueryChooser(form.dataset);
  };

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
