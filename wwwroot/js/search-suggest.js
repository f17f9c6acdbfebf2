// As-you-type suggestions for the search boxes (input[data-suggest]): sections, tags, writers and headlines from
// /search/suggest, as an ARIA 1.2 combobox with a listbox — arrows move, Enter opens, Escape closes. Without this
// script each box is still a plain form to /search.
(() => {
  const kinds = { section: 'قسم', tag: 'وسم', author: 'كاتب', story: 'خبر' };
  const minLength = 2;
  const delay = 200;
  let lists = 0;

  for (const input of document.querySelectorAll('input[data-suggest]')) {
    const id = `search-suggestions-${++lists}`;
    const list = document.createElement('ul');
    list.id = id;
    list.className = 'suggestions';
    list.hidden = true;
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'اقتراحات البحث');
    input.after(list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', id);

    let timer = 0;
    let active = -1;
    let items = [];
    let pending = null;

    const close = () => {
      list.hidden = true;
      active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    };

    const select = index => {
      active = index;
      list.querySelectorAll('[role="option"]').forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
      if (index >= 0) {
        input.setAttribute('aria-activedescendant', `${id}-${index}`);
        document.getElementById(`${id}-${index}`)?.scrollIntoView({ block: 'nearest' });
      }
    };

    const show = suggestions => {
      items = suggestions;
      list.replaceChildren(...suggestions.map((suggestion, i) => {
        const option = document.createElement('li');
        option.id = `${id}-${i}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        const link = document.createElement('a');
        link.href = suggestion.url;
        link.tabIndex = -1;
        const kind = document.createElement('span');
        kind.className = 'suggestions__kind';
        kind.textContent = kinds[suggestion.kind] ?? '';
        const text = document.createElement('span');
        text.dir = 'auto';
        text.textContent = suggestion.text;
        link.append(kind, text);
        option.append(link);
        option.addEventListener('mousedown', event => event.preventDefault());   // keep the focus in the box
        return option;
      }));
      if (suggestions.length === 0) {
        close();
        return;
      }

      list.hidden = false;
      active = -1;
      input.setAttribute('aria-expanded', 'true');
    };

    input.addEventListener('input', () => {
      clearTimeout(timer);
      const query = input.value.trim();
      if (query.length < minLength) {
        pending?.abort();
        close();
        return;
      }

      timer = setTimeout(async () => {
        pending?.abort();
        pending = new AbortController();
        try {
          const response = await fetch(`/search/suggest?q=${encodeURIComponent(query)}`, { signal: pending.signal, headers: { Accept: 'application/json' } });
          if (response.ok && input.value.trim() === query) {
            show(await response.json());
          }
        } catch {
          // aborted by the next keystroke, or offline: the form still searches
        }
      }, delay);
    });

    input.addEventListener('keydown', event => {
      if (list.hidden || items.length === 0) {
        return;
      }

      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        const next = active + step;
        select(next < 0 ? items.length - 1 : next >= items.length ? 0 : next);   // round the list
      } else if (event.key === 'Enter' && active >= 0) {
        event.preventDefault();
        window.location.assign(items[active].url);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        close();
      }
    });

    input.addEventListener('blur', () => setTimeout(close, 150));
  }
})();
