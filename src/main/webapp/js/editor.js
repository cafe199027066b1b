// Live preview for the article editor: the server renders the Markdown exactly as the public page will.
// Without this script the "Xem trước" button does the same with a full page round trip.
(function () {
  var source = document.querySelector('textarea[data-preview]');
  if (!source || !window.fetch) { return; }
  var target = document.getElementById(source.getAttribute('data-preview'));
  var timer = null;
  var latest = 0;
  source.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var ticket = ++latest;
      fetch('/bien-tap/xem-truoc', { method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'text/markdown; charset=utf-8' }, body: source.value })
        .then(function (r) { return r.ok ? r.text() : null; })
        .then(function (html) { if (html !== null && ticket === latest) { target.innerHTML = html; } })
        .catch(function () { /* keep the last preview */ });
    }, 300);
  });
})();

// The preview's title and summary follow their fields as they are typed.
(function () {
  [['data-preview-title'], ['data-preview-summary']].forEach(function (attribute) {
    var field = document.querySelector('[' + attribute[0] + ']');
    if (!field) { return; }
    var target = document.getElementById(field.getAttribute(attribute[0]));
    field.addEventListener('input', function () { target.textContent = field.value; });
  });
})();

// The image picker: "Chèn ảnh này" puts the image's Markdown where the cursor is, on a line of its own.
(function () {
  var body = document.querySelector('textarea[data-preview]');
  if (!body) { return; }
  document.querySelectorAll('[data-insert]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var text = '\n\n' + button.getAttribute('data-insert') + '\n\n';
      var at = body.selectionStart || body.value.length;
      body.value = body.value.slice(0, at) + text + body.value.slice(body.selectionEnd || at);
      body.focus();
      body.selectionStart = body.selectionEnd = at + text.length;
      body.dispatchEvent(new Event('input'));
    });
  });
})();

// Where the cursor is in the body, for "Tải lên và chèn": the server puts the new image there.
(function () {
  var keeper = document.querySelector('[data-cursor-of]');
  var body = document.querySelector('textarea[data-preview]');
  if (!keeper || !body) { return; }
  function remember() { keeper.value = String(body.selectionStart); }
  ['input', 'keyup', 'click', 'select', 'blur'].forEach(function (e) { body.addEventListener(e, remember); });
})();
