// The editor's live preview: posts the form's text (with its antiforgery token, never the chosen picture file) to the
// Preview handler, which checks it as a save would and renders it with the readers' own Markdown pipeline and article
// template, and shows the result beside the form.
(() => {
  "use strict";
  const form = document.getElementById("article-form");
  const preview = document.getElementById("preview");
  if (!form || !preview) {
    return;
  }

  let timer = 0;
  let inFlight = null;

  async function refresh() {
    if (inFlight) {
      inFlight.abort();
    }
    inFlight = new AbortController();
    const text = new FormData(form);
    for (const [name, value] of [...text.entries()]) {
      if (value instanceof File) {
        text.delete(name);
      }
    }
    try {
      const response = await fetch(preview.dataset.previewUrl, {
        method: "POST",
        body: text,
        signal: inFlight.signal,
        credentials: "same-origin",
      });
      if (response.ok) {
        preview.innerHTML = await response.text();
        preview.removeAttribute("data-error");
      } else {
        preview.setAttribute("data-error", "true");
      }
    } catch (error) {
      if (error.name !== "AbortError") {
        preview.setAttribute("data-error", "true");
      }
    }
  }

  form.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, 350);
  });

  refresh();
})();
