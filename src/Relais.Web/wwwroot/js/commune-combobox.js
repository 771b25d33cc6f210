// "Où ?" box: commune suggestions as an ARIA 1.2 combobox with a list popup (W3C APG "combobox with listbox
// popup", list autocomplete). Picking a commune writes its INSEE code in a hidden `commune` field, so the search
// is unambiguous. Without this script the box stays a plain text box: the server resolves names and postcodes
// and offers links when a name is shared.
(() => {
  'use strict';

  const input = document.querySelector('input[data-suggest-url]');
  if (!input || !input.form || !window.fetch) {
    return;
  }

  const form = input.form;
  const debounceMs = 200;
  const listbox = document.createElement('ul');
  listbox.id = input.id + '-suggestions';
  listbox.className = 'combobox-list';
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', 'Communes proposées');
  listbox.hidden = true;
  const announcer = document.createElement('p');
  announcer.className = 'visually-hidden';
  announcer.setAttribute('role', 'status');
  input.after(listbox, announcer);
  input.parentElement.classList.add('combobox');

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('autocomplete', 'off');

  let suggestions = [];
  let active = -1;
  let timer = 0;

  const label = (commune) => `${commune.name} (${commune.departmentCode})`;

  const setHidden = (name, value) => {
    let field = form.querySelector(`input[type=hidden][name=${name}]`);
    if (value === null) {
      field?.remove();
      return;
    }
    if (!field) {
      field = document.createElement('input');
      field.type = 'hidden';
      field.name = name;
      form.append(field);
    }
    field.value = value;
  };

  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const open = () => {
    if (suggestions.length > 0) {
      listbox.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }
  };

  const highlight = (index) => {
    active = index;
    Array.from(listbox.children).forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index < 0) {
      input.removeAttribute('aria-activedescendant');
      return;
    }
    const option = listbox.children[index];
    input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  };

  const choose = (index) => {
    const commune = suggestions[index];
    input.value = label(commune);
    setHidden('commune', commune.inseeCode);
    // A commune replaces a position found by "Autour de moi".
    setHidden('latitude', null);
    setHidden('longitude', null);
    close();
    announcer.textContent = `${label(commune)} choisie.`;
  };

  const render = (items) => {
    suggestions = items;
    listbox.replaceChildren(...items.map((commune, i) => {
      const option = document.createElement('li');
      option.id = `${listbox.id}-${i}`;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.textContent = label(commune);
      const postcodes = document.createElement('span');
      postcodes.className = 'hint';
      postcodes.textContent = ' ' + commune.postalCodes.slice(0, 3).join(', ') + (commune.postalCodes.length > 3 ? '…' : '');
      option.append(postcodes);
      // mousedown, not click: the box keeps the focus, so it does not close the list first.
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choose(i);
      });
      return option;
    }));
    active = -1;
    if (items.length === 0) {
      close();
      announcer.textContent = 'Aucune commune proposée.';
      return;
    }
    open();
    announcer.textContent = items.length === 1
      ? '1 commune proposée : flèche bas pour la choisir.'
      : `${items.length} communes proposées : flèches haut et bas pour choisir.`;
  };

  const suggest = async () => {
    const text = input.value.trim();
    if (text.length < 2) {
      render([]);
      announcer.textContent = '';
      return;
    }
    try {
      const url = `${input.dataset.suggestUrl}?q=${encodeURIComponent(text)}&limit=8`;
      const response = await fetch(url, { headers: { Accept: 'application/json' } });
      // An answer to an older text arrives late: the person typed on, ignore it.
      if (response.ok && input.value.trim() === text && document.activeElement === input) {
        render(await response.json());
      }
    } catch {
      // No suggestions: the box still works as a text box.
    }
  };

  input.addEventListener('input', () => {
    // The text no longer names the picked commune (nor the position).
    setHidden('commune', null);
    setHidden('latitude', null);
    setHidden('longitude', null);
    window.clearTimeout(timer);
    timer = window.setTimeout(suggest, debounceMs);
  });

  input.addEventListener('keydown', (event) => {
    const count = suggestions.length;
    switch (event.key) {
      case 'ArrowDown':
        if (count === 0) {
          return;
        }
        event.preventDefault();
        if (listbox.hidden) {
          open();
          highlight(event.altKey ? -1 : 0);
        } else if (!event.altKey) {
          highlight((active + 1) % count);
        }
        break;
      case 'ArrowUp':
        if (count === 0) {
          return;
        }
        event.preventDefault();
        open();
        highlight(active <= 0 ? count - 1 : active - 1);
        break;
      case 'Enter':
        // With an option highlighted, Enter picks it; otherwise the form is sent as usual.
        if (!listbox.hidden && active >= 0) {
          event.preventDefault();
          choose(active);
        }
        break;
      case 'Escape':
        if (!listbox.hidden) {
          event.preventDefault();
          close();
        }
        break;
      case 'Tab':
        close();
        break;
      default:
        break;
    }
  });

  input.addEventListener('blur', close);
  form.addEventListener('submit', () => window.clearTimeout(timer));
})();
