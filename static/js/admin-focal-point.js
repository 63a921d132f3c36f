// The image focal-point editor (Wagtail's Jcrop) asks whether the device has touch by setting
// an inline event handler (setAttribute("ontouchstart", ...)) on a scratch element, which the
// admin's CSP refuses and reports. Answer the question for it, before it starts (on DOM ready).
(() => {
  const jcrop = window.jQuery && window.jQuery.Jcrop;
  if (jcrop && jcrop.defaults.touchSupport === null) {
    jcrop.defaults.touchSupport = "ontouchstart" in window || navigator.maxTouchPoints > 0;
  }
})();
