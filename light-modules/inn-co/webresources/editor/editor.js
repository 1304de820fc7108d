// Progressive enhancement of the editor's forms: everything works without this file.
(function () {
  'use strict';

  // Rich text: a Quill editor over each textarea[data-richtext]; the textarea keeps the HTML that is sent.
  function richText(root) {
    if (!window.Quill) return;
    root.querySelectorAll('textarea[data-richtext]').forEach(function (area) {
      if (area.dataset.enhanced) return;
      area.dataset.enhanced = '1';
      var box = document.createElement('div');
      area.parentNode.insertBefore(box, area);
      area.hidden = true;
      var quill = new Quill(box, { theme: 'snow', modules: { toolbar: [['bold', 'italic'], [{ header: 2 }, { header: 3 }],
        [{ list: 'ordered' }, { list: 'bullet' }], ['link', 'blockquote'], ['clean']] } });
      quill.clipboard.dangerouslyPasteHTML(area.value); // the stored HTML was sanitised by the server
      var label = document.querySelector('label[for="' + CSS.escape(area.id) + '"]');
      // the editing area is a multi-line text box, so it may carry its field's name
      quill.root.setAttribute('role', 'textbox');
      quill.root.setAttribute('aria-multiline', 'true');
      if (label) quill.root.setAttribute('aria-label', label.textContent.trim());
      // the toolbar's buttons are icons: each gets its name in the interface language, in toolbar order
      var names = (area.dataset.toolbarLabels || '').split('|');
      box.previousElementSibling.querySelectorAll('button').forEach(function (b, i) {
        if (names[i]) { b.setAttribute('aria-label', names[i]); b.title = names[i]; }
      });
      quill.on('text-change', function () {
        area.value = quill.getText().trim() ? quill.root.innerHTML : '';
        area.dispatchEvent(new Event('input', { bubbles: true }));
      });
    });
  }

  // Sub-model repeaters and multiple values: add, remove, move; indices renumbered on every change.
  function renumber(list, key) {
    Array.prototype.forEach.call(list.children, function (li, i) {
      li.querySelectorAll('[name],[id],[for]').forEach(function (el) {
        ['name', 'id', 'for'].forEach(function (attr) {
          var v = el.getAttribute(attr);
          if (!v || v.indexOf(key + '.') !== 0 || /\._from$/.test(v)) return;
          el.setAttribute(attr, key + '.' + i + v.substring(key.length).replace(/^\.(\d+|__index__)/, ''));
        });
      });
      var from = li.querySelector('input[name$="._from"]');
      if (from) from.name = key + '.' + i + '._from';
    });
  }

  function repeaters(root) {
    root.querySelectorAll('fieldset.submodel, fieldset.multiple').forEach(function (set) {
      if (set.dataset.enhanced) return;
      set.dataset.enhanced = '1';
      var key = set.dataset.key;
      var list = set.querySelector('ol');
      // the server adds a blank row to every list so that a value can be added without scripts; with
      // the "add a value" button here, that blank row under saved values only looks like a lost entry
      if (set.classList.contains('multiple') && list && list.children.length > 1) {
        var tail = list.lastElementChild;
        var fields = tail.querySelectorAll('input:not([type=file]):not([type=hidden]),select,textarea');
        if (Array.prototype.every.call(fields, function (el) { return !el.value; })) tail.remove();
      }
      set.addEventListener('click', function (e) {
        var btn = e.target.closest('button');
        if (!btn || btn.closest('fieldset') !== set) return;
        var li = btn.closest('li');
        if (btn.classList.contains('remove') && li) { li.remove(); renumber(list, key); changed(); }
        else if (btn.classList.contains('move-up') && li && li.previousElementSibling) { list.insertBefore(li, li.previousElementSibling); renumber(list, key); changed(); }
        else if (btn.classList.contains('move-down') && li && li.nextElementSibling) { list.insertBefore(li.nextElementSibling, li); renumber(list, key); changed(); }
        else if (btn.classList.contains('add')) {
          var tpl = set.querySelector('template.blank');
          var html = tpl.innerHTML.split('__index__').join(String(list.children.length));
          list.insertAdjacentHTML('beforeend', html);
          enhance(list.lastElementChild);
          changed();
        } else if (btn.classList.contains('add-value')) {
          var last = list.lastElementChild.cloneNode(true);
          last.querySelectorAll('input,select,textarea').forEach(function (el) { el.value = ''; });
          if (!last.querySelector('button.remove')) {
            var rm = document.createElement('button'); rm.type = 'button'; rm.className = 'remove';
            rm.textContent = (set.querySelector('button.remove') || { textContent: '×' }).textContent; last.appendChild(rm);
          }
          // a copied picker gets its own search box, wired to its own list
          last.querySelectorAll('.picker-filter').forEach(function (el) { el.remove(); });
          last.querySelectorAll('select.picker').forEach(function (el) {
            delete el.dataset.enhanced;
            Array.prototype.forEach.call(el.options, function (o) { o.hidden = false; });
          });
          list.appendChild(last);
          renumber(list, key);
          enhance(last);
        }
      });
    });
  }

  // A point on a map: click to set latitude and longitude; the inputs stay the source of truth.
  function maps(root) {
    if (!window.L) return;
    root.querySelectorAll('fieldset.geo').forEach(function (set) {
      var box = set.querySelector('.map');
      if (!box || box.dataset.enhanced) return;
      box.dataset.enhanced = '1';
      var lat = set.querySelector('input[name$=".lat"]'), lon = set.querySelector('input[name$=".lon"]');
      var start = lat.value && lon.value ? [parseFloat(lat.value), parseFloat(lon.value)] : [50.5, 10];
      var tiles = document.body.dataset.tiles;
      var map = L.map(box, { attributionControl: !!tiles }).setView(start, lat.value ? 9 : 4);
      if (tiles) L.tileLayer(tiles, { maxZoom: 18, attribution: document.body.dataset.tileAttribution || '' }).addTo(map);
      var marker = lat.value ? L.marker(start).addTo(map) : null;
      map.on('click', function (e) {
        lat.value = e.latlng.lat.toFixed(5); lon.value = e.latlng.lng.toFixed(5);
        if (marker) marker.setLatLng(e.latlng); else marker = L.marker(e.latlng).addTo(map);
        changed();
      });
    });
  }

  // Reference pickers: a search box above the list narrows its options; the chosen one always stays.
  // When the list is only the first page of a long type, what is typed is also asked of the server.
  function narrow(select, text) {
    var words = text.toLowerCase().split(/\s+/).filter(Boolean);
    Array.prototype.forEach.call(select.options, function (o) {
      var label = o.textContent.toLowerCase();
      o.hidden = !o.selected && o.value !== '' && !words.every(function (w) { return label.indexOf(w) >= 0; });
    });
  }

  function askServer(select, text) {
    var url = select.dataset.searchUrl;
    if (!url || text.trim().length < 2) return;
    fetch(url + '?q=' + encodeURIComponent(text), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (found) {
        var known = {};
        Array.prototype.forEach.call(select.options, function (o) { known[o.value] = true; });
        found.forEach(function (c) {
          if (known[c.value]) return;
          var o = document.createElement('option');
          o.value = c.value; o.textContent = c.label;
          select.appendChild(o);
        });
        narrow(select, text);
      })
      .catch(function () { /* the first page stays usable */ });
  }

  function pickers(root) {
    root.querySelectorAll('select.picker').forEach(function (select) {
      if (select.dataset.enhanced || (select.options.length < 8 && !select.dataset.searchUrl)) return;
      select.dataset.enhanced = '1';
      var box = document.createElement('input');
      box.type = 'search';
      box.className = 'picker-filter';
      box.setAttribute('aria-label', select.dataset.filterLabel || '');
      box.placeholder = select.dataset.filterLabel || '';
      box.setAttribute('aria-controls', select.id);
      select.parentNode.insertBefore(box, select);
      var timer = null;
      box.addEventListener('input', function (e) {
        // searching is not editing: the box has no name and is not sent, so the form is not marked changed
        e.stopPropagation();
        narrow(select, box.value);
        clearTimeout(timer);
        timer = setTimeout(function () { askServer(select, box.value); }, 250);
      });
    });
  }

  // Asset pickers: upload a file without leaving the form; the new asset is added to the list and chosen.
  function uploads(root) {
    root.querySelectorAll('.asset-upload').forEach(function (box) {
      if (box.dataset.enhanced || !window.fetch || !window.FormData) return;
      box.dataset.enhanced = '1';
      box.hidden = false;
      var form = box.closest('form');
      var select = document.getElementById(box.dataset.for);
      var status = box.querySelector('.upload-status');
      box.querySelector('button.upload').addEventListener('click', function () {
        var file = box.querySelector('input[type=file]');
        if (!file.files.length) { file.focus(); return; }
        var data = new FormData();
        data.append('_csrf', form.querySelector('input[name=_csrf]').value);
        data.append('file', file.files[0]);
        data.append('alt', box.querySelector('input[id$=".alt"]').value);
        // the alt text is written in the language the form edits, not in the interface's language
        var editing = form.querySelector('input[name=_locale]');
        if (editing) data.append('_locale', editing.value);
        status.textContent = '…';
        fetch('/editor/assets', { method: 'POST', body: data, credentials: 'same-origin', headers: { Accept: 'application/json' } })
          .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
          .then(function (answer) {
            if (!answer.ok) { status.textContent = answer.body.message || ''; return; }
            var o = document.createElement('option');
            o.value = answer.body.value; o.textContent = answer.body.label;
            select.appendChild(o);
            select.value = answer.body.value;
            status.textContent = box.dataset.uploaded.replace('{0}', answer.body.label);
            file.value = '';
            changed();
          })
          .catch(function () { status.textContent = ''; });
      });
    });
  }

  // Unsaved changes: warn before leaving a changed form; saving it is not leaving.
  var dirty = false;
  function changed() { dirty = true; }
  document.addEventListener('input', function (e) { if (e.target.closest('form[data-unsaved-warning]')) changed(); });
  document.addEventListener('submit', function (e) {
    var confirmText = e.target.dataset.confirm;
    if (confirmText && !window.confirm(confirmText)) { e.preventDefault(); return; }
    dirty = false;
  });
  window.addEventListener('beforeunload', function (e) {
    var form = document.querySelector('form[data-unsaved-warning]');
    if (dirty && form) { e.preventDefault(); e.returnValue = form.dataset.unsavedWarning; return form.dataset.unsavedWarning; }
  });

  // Focal point of an image: a click on the picture writes the place, in percent, into the two number
  // fields (which stay the way to set it without a mouse or JavaScript); the mark shows where it is.
  function focal(root) {
    root.querySelectorAll('.focal-picker').forEach(function (fig) {
      var x = document.getElementById(fig.dataset.x);
      var y = document.getElementById(fig.dataset.y);
      if (!x || !y || fig.dataset.enhanced) return;
      fig.dataset.enhanced = '1';
      var img = fig.querySelector('img');
      var mark = fig.querySelector('.focal-mark');
      function percent(v) { return Math.round(Math.min(100, Math.max(0, v * 100))); }
      function show() {
        mark.hidden = x.value === '' || y.value === '';
        mark.style.left = x.value + '%';
        mark.style.top = y.value + '%';
      }
      img.addEventListener('click', function (e) {
        var r = img.getBoundingClientRect();
        x.value = percent((e.clientX - r.left) / r.width);
        y.value = percent((e.clientY - r.top) / r.height);
        x.dispatchEvent(new Event('input', { bubbles: true }));
        show();
      });
      x.addEventListener('input', show);
      y.addEventListener('input', show);
      fig.hidden = false;
      show();
    });
  }

  function enhance(root) { richText(root); repeaters(root); maps(root); pickers(root); uploads(root); focal(root); }
  enhance(document);
})();
