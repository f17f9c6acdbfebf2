// Admin area: a button with data-confirm asks before its form is sent (deleting a story, disabling an account).
(() => {
  "use strict";
  document.addEventListener("submit", (event) => {
    const button = event.submitter;
    if (button && button.dataset.confirm && !window.confirm(button.dataset.confirm)) {
      event.preventDefault();
    }
  });
})();
