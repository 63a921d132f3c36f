// Reveals the "Print this guide" button; without JavaScript the browser's own print command still works.
document.querySelectorAll("[data-print]").forEach((button) => {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
});
