// The "Cite" box, enhanced: the access dates become the reader's day, and each citation gets a
// copy button. Without this script the box still opens (it is a <details>), with the edition's
// date as the access date and a note saying so.
(function () {
  'use strict';
  var MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.',
    'Nov.', 'Dec.'];

  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function formatted(style, d) {
    if (style === 'mla') {
      return d.getDate() + ' ' + MLA_MONTHS[d.getMonth()] + ' ' + d.getFullYear();
    }
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  }

  function copyText(text) {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      return navigator.clipboard.writeText(text).catch(function () {
        return copyBySelection(text);
      });
    }
    return copyBySelection(text);
  }

  // where the clipboard API is missing or refused: select a copy of the text and copy that
  function copyBySelection(text) {
    return new Promise(function (resolve, reject) {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.className = 'visually-hidden';
      document.body.appendChild(area);
      area.select();
      var ok = document.execCommand && document.execCommand('copy');
      document.body.removeChild(area);
      if (ok) {
        resolve();
      } else {
        reject(new Error('copy refused'));
      }
    });
  }

  function enhance(box) {
    if (box.getAttribute('data-ready')) {
      return;
    }
    box.setAttribute('data-ready', 'true');
    var today = new Date();
    box.querySelectorAll('.accessed').forEach(function (el) {
      el.textContent = formatted(el.getAttribute('data-style'), today);
    });
    var note = box.querySelector('.cite-note');
    if (note) {
      var lang = document.documentElement.lang || undefined;
      var shown;
      try {
        shown = new Intl.DateTimeFormat(lang, {dateStyle: 'long'}).format(today);
      } catch (e) {
        shown = formatted('iso', today);
      }
      note.textContent = box.getAttribute('data-today').replace('{0}', shown);
    }
    box.querySelectorAll('dd').forEach(function (dd) {
      var source = dd.querySelector('pre, p.reference');
      if (!source) {
        return;
      }
      var dt = dd.previousElementSibling;
      var name = dt ? dt.textContent : '';
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'copy';
      button.textContent = box.getAttribute('data-copy');
      button.setAttribute('aria-label', box.getAttribute('data-copy-label').replace('{0}', name));
      var status = document.createElement('span');
      status.className = 'copy-status';
      status.setAttribute('role', 'status');
      button.addEventListener('click', function () {
        copyText(source.textContent).then(function () {
          status.textContent = box.getAttribute('data-copied');
        }, function () {
          status.textContent = '';
        });
      });
      dd.appendChild(button);
      dd.appendChild(status);
    });
  }

  document.querySelectorAll('details.cite').forEach(enhance);
})();
