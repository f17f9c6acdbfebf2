// The story editor's writing aids: a Markdown toolbar and shortcuts that insert at the logical position in right-to-left
// text, pictures from the library and embeds through small dialogs, a live word count and reading time, a copy of the
// text kept in this browser as it is typed (offered back after a closed tab or a crash), and a warning before leaving
// with unsaved changes.
(() => {
  const form = document.getElementById('article-form');
  const body = document.getElementById('Input_BodyMarkdown');
  const toolbar = document.querySelector('.md-toolbar');
  if (!form || !body || !toolbar) {
    return;
  }

  toolbar.hidden = false;

  // Replaces the selection, keeping the browser's undo history where it can.
  const insert = (text, selectFrom = text.length, selectTo = text.length) => {
    const start = body.selectionStart;
    body.focus();
    if (!document.execCommand('insertText', false, text)) {
      body.setRangeText(text, body.selectionStart, body.selectionEnd, 'end');
    }

    body.setSelectionRange(start + selectFrom, start + selectTo);
    body.dispatchEvent(new Event('input', { bubbles: true }));
  };

  const selected = () => body.value.slice(body.selectionStart, body.selectionEnd);

  // Whole lines of the selection, each given a prefix (numbered lists count).
  const prefixLines = prefix => {
    const lineStart = body.value.lastIndexOf('\n', body.selectionStart - 1) + 1;
    let lineEnd = body.value.indexOf('\n', body.selectionEnd);
    if (lineEnd < 0) {
      lineEnd = body.value.length;
    }

    body.setSelectionRange(lineStart, lineEnd);
    const lines = body.value.slice(lineStart, lineEnd).split('\n');
    const text = lines.map((line, i) => (typeof prefix === 'function' ? prefix(i) : prefix) + line.replace(/^(#{1,6} |> |- |\d+\. )/, '')).join('\n');
    insert(text);
  };

  // A block (a picture, an embed, a rule) on lines of its own, with blank lines around it.
  const block = text => {
    const before = body.value.slice(0, body.selectionStart);
    const after = body.value.slice(body.selectionEnd);
    const lead = before.length === 0 || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
    const tail = after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
    insert(lead + text + tail, lead.length + text.length + tail.length);
  };

  const dialog = (id, onInsert) => {
    const box = document.getElementById(id);
    if (!box || typeof box.showModal !== 'function') {
      return;
    }

    const selection = [body.selectionStart, body.selectionEnd];
    box.showModal();
    box.querySelector('input, select')?.focus();
    box.onclick = event => {
      const action = event.target instanceof Element ? event.target.closest('[data-dialog]')?.dataset.dialog : null;
      if (!action) {
        return;
      }

      box.close();
      body.setSelectionRange(...selection);
      if (action === 'insert') {
        onInsert(box);
      } else {
        body.focus();
      }
    };
    box.onkeydown = event => {
      if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
        event.preventDefault();
        box.querySelector('[data-dialog="insert"]').click();
      }
    };
  };

  const actions = {
    heading: () => prefixLines('## '),
    bold: () => {
      const text = selected() || 'نص عريض';
      insert(`**${text}**`, 2, 2 + text.length);
    },
    quote: () => prefixLines('> '),
    bullets: () => prefixLines('- '),
    numbers: () => prefixLines(i => `${i + 1}. `),
    link: () => dialog('link-dialog', box => {
      const url = box.querySelector('#link-url').value.trim();
      if (url) {
        const text = selected() || 'نص الرابط';
        insert(`[${text}](${url})`, 1, 1 + text.length);
      }
    }),
    picture: () => dialog('picture-dialog', async box => {
      const clean = text => text.trim().replace(/["|[\]\\]/g, '');
      const alt = clean(box.querySelector('#picture-alt').value);
      const caption = clean(box.querySelector('#picture-caption').value);
      const credit = clean(box.querySelector('#picture-credit').value);
      const file = box.querySelector('#picture-file').files[0];
      let path = box.querySelector('#picture-choice').value;
      if (file) {
        // Uploaded into the library first, without leaving the story.
        const upload = new FormData();
        upload.append('upload', file);
        upload.append('__RequestVerificationToken', form.querySelector('input[name="__RequestVerificationToken"]').value);
        const response = await fetch('/Admin/Media?handler=Json', { method: 'POST', body: upload, credentials: 'same-origin' });
        const answer = response.redirected ? { error: 'انتهت جلستك: سجّل الدخول في نافذة أخرى ثم أعد المحاولة.' }
          : await response.json().catch(() => ({ error: 'تعذّر رفع الصورة.' }));
        if (!response.ok || response.redirected || !answer.path) {
          const error = box.querySelector('#picture-error');
          error.textContent = answer.error ?? 'تعذّر رفع الصورة.';
          error.hidden = false;
          box.showModal();
          return;
        }

        path = answer.path;
        const option = new Option(answer.name, answer.path, true, true);
        box.querySelector('#picture-choice').prepend(option);
        box.querySelector('#picture-file').value = '';
      }

      if (!path) {
        return;
      }

      box.querySelector('#picture-error').hidden = true;
      const title = caption || credit ? ` "${caption}${credit ? `|${credit}` : ''}"` : '';
      const markdown = `![${alt}](${path}${title})`;
      if (box.querySelector('#picture-gallery').checked) {
        // Right after the picture before it, in the same paragraph: a gallery.
        const end = body.value.slice(0, body.selectionStart).trimEnd().length;
        body.setSelectionRange(end, end);
        insert(`\n${markdown}`);
      } else {
        block(markdown);
      }
    }),
    embed: () => dialog('embed-dialog', box => {
      const url = box.querySelector('#embed-url').value.trim();
      if (/^https?:\/\/\S+$/i.test(url)) {
        block(url);
      }
    }),
    rule: () => block('---'),
  };

  toolbar.addEventListener('click', event => {
    const button = event.target instanceof Element ? event.target.closest('button[data-md]') : null;
    if (button) {
      actions[button.dataset.md]?.();
    }
  });

  body.addEventListener('keydown', event => {
    if (!(event.ctrlKey || event.metaKey)) {
      return;
    }

    // By the key's place, not its letter: an Arabic layout types لا where B is.
    const action = event.altKey
      ? { Digit2: 'heading', KeyQ: 'quote', Digit8: 'bullets', Digit7: 'numbers' }[event.code]
      : { KeyB: 'bold', KeyK: 'link' }[event.code];
    if (action) {
      event.preventDefault();
      actions[action]();
    }
  });

  // Words and reading time (Arabic news reads at about 180 words a minute).
  const count = document.querySelector('.body-count');
  const recount = () => {
    const words = (body.value.match(/[\p{L}\p{N}]+/gu) ?? []).length;
    const minutes = Math.max(1, Math.round(words / 180));
    count.hidden = false;
    count.textContent = `${words} كلمة — ${minutes} ${minutes === 1 ? 'دقيقة' : minutes === 2 ? 'دقيقتان' : minutes <= 10 ? 'دقائق' : 'دقيقة'} قراءة`;
  };
  body.addEventListener('input', recount);
  recount();

  // A copy of what is typed, per story, in this browser only.
  const key = `newssite-draft:${location.pathname}`;
  const fields = ['Input_Title', 'Input_Standfirst', 'Input_BodyMarkdown'].map(id => document.getElementById(id)).filter(Boolean);
  const snapshot = () => JSON.stringify(fields.map(f => f.value));
  const loaded = snapshot();
  let submitting = false;
  let timer = 0;
  form.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      try {
        localStorage.setItem(key, JSON.stringify({ at: Date.now(), values: fields.map(f => f.value) }));
      } catch {
        // storage full or off: the warning before leaving still protects the text
      }
    }, 800);
  });
  // A submit the delete confirmation cancelled is no submit; the copy stays until the saved page shows the same text.
  window.addEventListener('submit', event => {
    if (event.target === form && !event.defaultPrevented) {
      submitting = true;
    }
  });
  window.addEventListener('beforeunload', event => {
    if (!submitting && snapshot() !== loaded) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  const read = name => {
    try {
      return JSON.parse(localStorage.getItem(name) ?? 'null');
    } catch {
      return null;
    }
  };

  // A copy equal to what the page now shows was saved: it goes (a new story's copy too, once it has its own page).
  for (const name of new Set([key, 'newssite-draft:/Admin/Articles/Edit'])) {
    if (JSON.stringify(read(name)?.values) === loaded) {
      localStorage.removeItem(name);
    }
  }

  const saved = read(key);
  if (saved && JSON.stringify(saved.values) !== loaded) {
    const notice = document.createElement('div');
    notice.className = 'notice notice--warning draft-restore';
    notice.setAttribute('role', 'alert');
    const when = new Date(saved.at).toLocaleTimeString('ar-AE', { hour: '2-digit', minute: '2-digit' });
    notice.append(`في هذا المتصفح نسخة من هذا الخبر لم تُحفظ (آخر كتابة ${when}). `);
    const restore = document.createElement('button');
    restore.type = 'button';
    restore.className = 'button';
    restore.textContent = 'استعادتها';
    const dismiss = document.createElement('button');
    dismiss.type = 'button';
    dismiss.className = 'button button--quiet';
    dismiss.textContent = 'تجاهلها';
    notice.append(restore, ' ', dismiss);
    form.prepend(notice);
    restore.addEventListener('click', () => {
      fields.forEach((field, i) => {
        field.value = saved.values[i] ?? field.value;
      });
      body.dispatchEvent(new Event('input', { bubbles: true }));
      notice.remove();
    });
    dismiss.addEventListener('click', () => {
      localStorage.removeItem(key);
      notice.remove();
    });
  }
})();
