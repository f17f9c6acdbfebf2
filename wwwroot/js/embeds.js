// Embedded posts and videos (figure[data-embed], made by the server from an allow-listed link): nothing is loaded from
// the provider until the reader clicks; then the provider's frame replaces the facade. Without this script the facade
// is a plain link to the post.
(() => {
  const load = figure => {
    const frame = document.createElement('iframe');
    frame.src = figure.dataset.embed;
    frame.title = figure.dataset.provider ?? '';
    frame.loading = 'lazy';
    frame.referrerPolicy = 'strict-origin-when-cross-origin';
    frame.allow = 'encrypted-media; picture-in-picture; fullscreen';
    frame.setAttribute('allowfullscreen', '');
    frame.className = 'embed__frame';
    figure.replaceChildren(frame);
    figure.classList.add('embed--loaded');
  };

  document.addEventListener('click', event => {
    const link = event.target instanceof Element ? event.target.closest('figure[data-embed] .embed__link') : null;
    if (link && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      event.preventDefault();
      load(link.closest('figure[data-embed]'));
    }
  });
})();
