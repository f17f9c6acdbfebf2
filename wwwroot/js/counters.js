// An article page tells the site it was opened (the view is counted there, not when the page is made, so one cached
// copy serves every reader) and shows the counts the answer carries instead of those the page was cached with.
// A page being prerendered waits until the reader actually opens it.
(function () {
  'use strict';

  var dateline = document.querySelector('[data-views-beacon]');
  if (!dateline || !dateline.dataset.viewsBeacon || !window.fetch) {
    return;
  }

  function show(name, value) {
    var element = dateline.querySelector('[data-count="' + name + '"]');
    if (element && typeof value === 'string') {
      element.textContent = value;
    }
  }

  function count() {
    fetch(dateline.dataset.viewsBeacon, { method: 'POST', credentials: 'omit', keepalive: true })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (counts) {
        if (counts) {
          show('views', counts.views);
          show('shares', counts.shares);
        }
      })
      .catch(function () { /* offline: the page keeps the counts it has */ });
  }

  if (document.prerendering) {
    document.addEventListener('prerenderingchange', count, { once: true });
  } else {
    count();
  }
}());
