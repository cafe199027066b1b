// Share buttons for readers whose browser can: the system share sheet (Zalo, Messenger… on phones) and a copy
// button. Without JavaScript the page keeps the Facebook link and the address to copy by hand.
(function () {
  var share = document.querySelector('[data-share]');
  if (share && navigator.share) {
    share.hidden = false;
    share.addEventListener('click', function () {
      navigator.share({ title: share.getAttribute('data-title'), url: share.getAttribute('data-share') }).catch(function () {});
    });
  }
  var copy = document.querySelector('[data-copy]');
  if (copy && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener('click', function () {
      navigator.clipboard.writeText(copy.getAttribute('data-copy')).then(function () {
        copy.textContent = 'Đã sao chép liên kết';
      });
    });
  }
})();
