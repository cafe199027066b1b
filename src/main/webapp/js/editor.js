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
