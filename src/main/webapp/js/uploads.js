// File inputs marked data-max-mb: the chosen files are checked in the browser (how many, what kind, how large)
// before anything is sent, and the upload shows how far it has got. Without JavaScript the form posts as before
// and the server checks the same rules with the same messages.
(function () {
  var inputs = document.querySelectorAll('input[type=file][data-max-mb]');
  if (!inputs.length) { return; }

  function megabytes(bytes) { return (bytes / 1048576).toFixed(1).replace('.', ','); }

  function problem(input) {
    var limit = parseFloat(input.getAttribute('data-max-mb')) * 1048576;
    var most = parseInt(input.getAttribute('data-max-files') || '0', 10);
    var accept = (input.getAttribute('accept') || '').split(',').map(function (t) { return t.trim(); }).filter(Boolean);
    if (most && input.files.length > most) { return 'Chọn tối đa ' + most + ' tệp (đã chọn ' + input.files.length + ').'; }
    for (var i = 0; i < input.files.length; i++) {
      var f = input.files[i];
      if (f.size > limit) {
        return 'Tệp “' + f.name + '” nặng ' + megabytes(f.size) + ' MB, quá giới hạn ' + input.getAttribute('data-max-mb') + ' MB mỗi tệp.';
      }
      if (accept.length && f.type && accept.indexOf(f.type) < 0) {
        return 'Tệp “' + f.name + '” không thuộc loại được nhận ở đây.';
      }
    }
    return null;
  }

  function show(input) {
    var note = input.uploadNote;
    var wrong = problem(input);
    var total = 0;
    for (var i = 0; i < input.files.length; i++) { total += input.files[i].size; }
    note.textContent = wrong || (input.files.length ? 'Đã chọn ' + input.files.length + ' tệp, ' + megabytes(total) + ' MB.' : '');
    note.className = wrong ? 'upload-note msg-error' : 'upload-note';
    input.setAttribute('aria-invalid', wrong ? 'true' : 'false');
    return wrong;
  }

  function send(form, submitter, bar) {
    var data = new FormData(form);
    if (submitter && submitter.name) { data.append(submitter.name, submitter.value); }
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) {
        bar.value = Math.round(100 * e.loaded / e.total);
        bar.textContent = bar.value + '%';
      }
    };
    xhr.onload = function () {
      // the answer is the next page, as a normal post would have shown it
      if (xhr.responseURL) { history.replaceState(null, '', xhr.responseURL); }
      document.open();
      document.write(xhr.responseText);
      document.close();
    };
    xhr.onerror = function () {
      form.uploading = false;
      bar.parentNode.removeChild(bar);
      form.querySelectorAll('[type=submit]').forEach(function (b) { b.disabled = false; });
      alert('Mất kết nối khi đang tải lên. Hãy thử lại.');
    };
    xhr.send(data);
  }

  inputs.forEach(function (input) {
    var note = document.createElement('p');
    note.setAttribute('role', 'status');
    note.className = 'upload-note';
    input.insertAdjacentElement('afterend', note);
    input.uploadNote = note;
    input.addEventListener('change', function () { show(input); });
    var form = input.form;
    if (!form || form.watchedForUploads) { return; }
    form.watchedForUploads = true;
    form.addEventListener('submit', function (e) {
      if (form.uploading) { e.preventDefault(); return; }
      var files = form.querySelectorAll('input[type=file][data-max-mb]');
      var chosen = 0;
      for (var i = 0; i < files.length; i++) {
        if (show(files[i])) { e.preventDefault(); files[i].focus(); return; }
        chosen += files[i].files.length;
      }
      if (!chosen || !window.FormData) { return; }
      e.preventDefault();
      form.uploading = true;
      form.querySelectorAll('[type=submit]').forEach(function (b) { b.disabled = true; });
      var bar = document.createElement('progress');
      bar.max = 100;
      bar.value = 0;
      bar.setAttribute('aria-label', 'Đang tải lên');
      (e.submitter || form).insertAdjacentElement('afterend', bar);
      send(form, e.submitter, bar);
    });
  });
})();

// A refused upload inside a folded section (the editor's image picker) opens it again, so the marked field and
// its reason are in sight. Without this script the summary's link to the field does the same in Chromium.
(function () {
  document.querySelectorAll('details [aria-invalid="true"]').forEach(function (field) {
    field.closest('details').open = true;
  });
})();
