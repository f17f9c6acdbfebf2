// Share bar enhancements for the article page: "copy link" with a visible confirmation, and the device's own share
// sheet where the browser has navigator.share. Without this file every network link still works.
(function () {
  'use strict';

  var bar = document.querySelector('.share-bar[data-share-url]');
  if (!bar) {
    return;
  }

  var url = bar.getAttribute('data-share-url');
  var status = bar.querySelector('.share-bar__status');
  var clearTimer = 0;

  function announce(message) {
    window.clearTimeout(clearTimer);
    status.textContent = message;
    clearTimer = window.setTimeout(function () { status.textContent = ''; }, 5000);
  }

  // When the clipboard is unavailable or refused: show the link selected, ready to copy by hand.
  function showFallback() {
    var fallback = bar.querySelector('.share-bar__fallback');
    var input = bar.querySelector('[data-share-fallback]');
    fallback.hidden = false;
    input.focus();
    input.select();
    announce('انسخ الرابط المحدد');
  }

  var copyItem = bar.querySelector('[data-share-copy-item]');
  var copyButton = bar.querySelector('[data-share-copy]');
  if (copyItem && copyButton) {
    copyItem.hidden = false;
    copyButton.addEventListener('click', function () {
      if (!navigator.clipboard || !window.isSecureContext) {
        showFallback();
        return;
      }
      navigator.clipboard.writeText(url).then(function () {
        announce('تم نسخ الرابط');
      }, showFallback);
    });
  }

  var nativeItem = bar.querySelector('[data-share-native-item]');
  var nativeButton = bar.querySelector('[data-share-native]');
  if (nativeItem && nativeButton && typeof navigator.share === 'function') {
    nativeItem.hidden = false;
    nativeButton.addEventListener('click', function () {
      var heading = document.querySelector('h1');
      navigator.share({ title: heading ? heading.textContent.trim() : document.title, url: url }).catch(function () {
        // The reader closed the sheet: nothing to say.
      });
    });
  }
}());
