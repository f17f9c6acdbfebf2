// Admin area: a button with data-confirm asks before its form is sent (deleting a story, disabling an account), and
// signing out forgets the copies of unsaved stories kept in this browser (a shared newsroom computer).
(() => {
  "use strict";
  document.addEventListener("submit", (event) => {
    const button = event.submitter;
    if (button && button.dataset.confirm && !window.confirm(button.dataset.confirm)) {
      event.preventDefault();
    }
  });

  window.addEventListener("submit", (event) => {
    if (!event.defaultPrevented && event.target instanceof HTMLFormElement && ["logout-form", "everywhere-form"].includes(event.target.id)) {
      Object.keys(localStorage).filter((name) => name.startsWith("newssite-draft:")).forEach((name) => localStorage.removeItem(name));
    }
  });
})();
