// The header's search disclosure works without JavaScript; with it, opening puts the cursor in
// the box, and Escape closes it and returns to its button.
document.querySelectorAll("[data-header-search]").forEach((disclosure) => {
  const toggle = disclosure.querySelector("summary");
  disclosure.addEventListener("toggle", () => {
    if (disclosure.open && toggle.offsetParent !== null) {
      disclosure.querySelector("input").focus();
    }
  });
  disclosure.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && disclosure.open && toggle.offsetParent !== null) {
      disclosure.open = false;
      toggle.focus();
    }
  });
});
