// A live story: asks for updates newer than the newest on the page every 20 seconds and puts them on top, telling
// screen readers. Without this file the page still shows every update up to when it was loaded.
(function () {
  'use strict';

  var live = document.querySelector('[data-live-updates]');
  if (!live || !live.dataset.liveUpdates) {
    return;
  }

  var list = live.querySelector('.live__updates');
  var status = live.querySelector('.live__status');

  function newest() {
    var first = list.querySelector('[data-update-id]');
    return first ? first.getAttribute('data-update-id') : '0';
  }

  function poll() {
    fetch(live.dataset.liveUpdates + '?after=' + encodeURIComponent(newest()), { credentials: 'same-origin' })
      .then(function (response) {
        if (response.status !== 200) {
          return null;
        }
        return response.text();
      })
      .then(function (html) {
        if (!html) {
          return;
        }
        var holder = document.createElement('div');
        holder.innerHTML = html;
        var added = holder.querySelectorAll('[data-update-id]');
        for (var i = added.length - 1; i >= 0; i--) {
          added[i].classList.add('live-update--new');
          list.insertBefore(added[i], list.firstChild);
        }
        if (added.length > 0) {
          status.textContent = added.length === 1 ? 'تحديث جديد في التغطية المباشرة' : 'تحديثات جديدة في التغطية المباشرة';
        }
      })
      .catch(function () { /* offline for a moment: the next poll tries again */ });
  }

  window.setInterval(poll, Number(live.dataset.livePollMs || 20000));
}());
