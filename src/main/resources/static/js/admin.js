// Back office, progressive enhancement only: every form works without this file.
(function () {
  'use strict';
  // Labels in the page's language, from the message bundles (the layout's data-label-* attributes).
  var LABELS = {};
  ['bold', 'italic', 'heading', 'link', 'list', 'preview', 'sending'].forEach(function (name) {
    LABELS[name] = document.body.getAttribute('data-label-' + name) || name;
  });
  var TOOLS = [['bold', 'B', '**', '**'], ['italic', 'I', '*', '*'], ['heading', 'H', '\n## ', ''],
    ['link', null, '[', '](https://)'], ['list', '•', '\n- ', '']];

  function csrf(form) {
    var token = form.querySelector('input[name="_csrf"]');
    return token ? token.value : '';
  }

  function wrap(area, before, after) {
    var start = area.selectionStart, end = area.selectionEnd, text = area.value;
    area.value = text.slice(0, start) + before + text.slice(start, end) + after + text.slice(end);
    area.focus();
    area.setSelectionRange(start + before.length, end + before.length);
    area.dispatchEvent(new Event('input'));
  }

  function enhanceBody(area) {
    var form = area.form, bar = document.createElement('div'), preview = document.createElement('div'), timer;
    bar.className = 'editor-toolbar';
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-controls', area.id);
    TOOLS.forEach(function (tool) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = tool[1] || LABELS[tool[0]];
      button.setAttribute('aria-label', LABELS[tool[0]]);
      button.title = LABELS[tool[0]];
      button.addEventListener('click', function () { wrap(area, tool[2], tool[3]); });
      bar.appendChild(button);
    });
    area.parentNode.insertBefore(bar, area);
    preview.className = 'live-preview prose';
    preview.setAttribute('aria-label', LABELS.preview);
    preview.setAttribute('role', 'region');
    preview.lang = area.closest('[lang]') ? area.closest('[lang]').lang : lang;
    area.parentNode.appendChild(preview);
    function render() {
      var body = new URLSearchParams();
      body.append('source', area.value);
      fetch('/admin/markdown', { method: 'POST', body: body, credentials: 'same-origin',
        headers: { 'X-CSRF-TOKEN': csrf(form) } })
        .then(function (response) { return response.ok ? response.text() : ''; })
        .then(function (html) { preview.innerHTML = html; })
        .catch(function () { preview.textContent = ''; });
    }
    area.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(render, 400); });
    render();
  }

  function enhanceUpload(input) {
    var thumbnail = document.createElement('img');
    thumbnail.alt = '';
    thumbnail.className = 'current-image';
    thumbnail.hidden = true;
    input.parentNode.appendChild(thumbnail);
    input.addEventListener('change', function () {
      var file = input.files[0];
      if (!file || !/^image\//.test(file.type)) { thumbnail.hidden = true; return; }
      var reader = new FileReader();
      reader.onload = function () { thumbnail.src = reader.result; thumbnail.hidden = false; };
      reader.readAsDataURL(file);
    });
    var form = input.form;
    form.addEventListener('submit', function (event) {
      if (!input.files.length) { return; }
      event.preventDefault();
      var data = new FormData(form), xhr = new XMLHttpRequest(), progress = document.createElement('progress');
      if (event.submitter && event.submitter.name) { data.append(event.submitter.name, event.submitter.value); }
      progress.className = 'upload-progress';
      progress.max = 100;
      progress.setAttribute('aria-label', LABELS.sending);
      input.parentNode.appendChild(progress);
      xhr.upload.addEventListener('progress', function (e) {
        if (e.lengthComputable) { progress.value = Math.round(100 * e.loaded / e.total); }
      });
      // Not form.action: the buttons named "action" shadow that property.
      var target = new URL(form.getAttribute('action') || window.location.href, window.location.href).href;
      xhr.addEventListener('load', function () {
        var page = new DOMParser().parseFromString(xhr.responseText, 'text/html');
        if (xhr.responseURL && xhr.responseURL.split('#')[0] !== target) {
          // The save redirected and the request followed it: this response is the page to show,
          // with its one-time notice (loading its address again would lose the notice).
          window.history.replaceState(null, '', xhr.responseURL);
          window.scrollTo(0, 0);
        }
        document.title = page.title;
        document.body.replaceWith(document.adoptNode(page.body));
        document.dispatchEvent(new CustomEvent('oim:body-replaced'));
        init();
      });
      xhr.addEventListener('error', function () { form.submit(); });
      xhr.open('POST', target);
      xhr.send(data);
    });
  }

  // The pages' tree: a page dropped on another takes its place among that page's siblings.
  // It posts the form the Up and Down buttons post, so the server checks it the same way.
  function enhanceTree(tree) {
    var dragged = null, token = tree.querySelector('input[name="_csrf"]');
    if (!token) { return; }
    Array.prototype.forEach.call(tree.querySelectorAll('li[data-page]'), function (item) {
      item.draggable = true;
      item.addEventListener('dragstart', function (event) {
        event.stopPropagation();
        dragged = item;
        item.classList.add('dragging');
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', item.getAttribute('data-page'));
      });
      item.addEventListener('dragend', function () {
        item.classList.remove('dragging');
        dragged = null;
      });
      item.addEventListener('dragover', function (event) {
        if (dragged && dragged !== item && !dragged.contains(item)) {
          event.preventDefault();
          event.stopPropagation();
          item.classList.add('drop-target');
        }
      });
      item.addEventListener('dragleave', function () { item.classList.remove('drop-target'); });
      item.addEventListener('drop', function (event) {
        if (!dragged || dragged === item || dragged.contains(item)) { return; }
        event.preventDefault();
        event.stopPropagation();
        var siblings = Array.prototype.filter.call(item.parentNode.children, function (li) { return li !== dragged; });
        var form = document.createElement('form');
        form.method = 'post';
        form.action = '/admin/pages/' + dragged.getAttribute('data-page') + '/move';
        [['parent', item.getAttribute('data-parent') || ''], ['position', String(siblings.indexOf(item) + 1)],
          ['back', 'overview'], ['_csrf', token.value]].forEach(function (field) {
          var input = document.createElement('input');
          input.type = 'hidden';
          input.name = field[0];
          input.value = field[1];
          form.appendChild(input);
        });
        document.body.appendChild(form);
        form.submit();
      });
    });
  }

  // The library picker: each image's reference gets a button that inserts it where the
  // cursor was in the text edited last (the first text when none was).
  var lastText = null;
  function enhancePicker(picker) {
    Array.prototype.forEach.call(picker.querySelectorAll('[data-snippet]'), function (code) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'button secondary';
      button.textContent = picker.getAttribute('data-insert-label');
      button.addEventListener('click', function () {
        var area = lastText || document.querySelector('textarea[data-markdown]');
        if (!area) { return; }
        var start = area.selectionStart, end = area.selectionEnd, text = area.value, snippet = code.textContent;
        area.value = text.slice(0, start) + snippet + text.slice(end);
        area.focus();
        area.setSelectionRange(start + snippet.length, start + snippet.length);
        area.dispatchEvent(new Event('input'));
      });
      code.parentNode.appendChild(button);
    });
  }

  // The article's kind: only the chosen kind's fields are shown. Without this script all
  // are, and the server ignores the others'. Fields the server refused stay shown whatever
  // the kind, so no error is ever hidden.
  function enhanceKind(group) {
    var radios = group.querySelectorAll('input[type=radio][name=kind]');
    var sets = group.querySelectorAll('fieldset[data-kind]');
    function show() {
      var checked = group.querySelector('input[type=radio][name=kind]:checked');
      var kind = checked ? checked.value : '';
      Array.prototype.forEach.call(sets, function (set) {
        set.hidden = set.getAttribute('data-kind') !== kind && !set.querySelector('.has-error, [aria-invalid=true]');
      });
    }
    Array.prototype.forEach.call(radios, function (radio) { radio.addEventListener('change', show); });
    show();
  }

  function init() {
    lastText = null;
    Array.prototype.forEach.call(document.querySelectorAll('fieldset.kind-fields'), enhanceKind);
    Array.prototype.forEach.call(document.querySelectorAll('textarea[data-markdown]'), function (area) {
      area.addEventListener('focus', function () { lastText = area; });
    });
    Array.prototype.forEach.call(document.querySelectorAll('.media-picker'), enhancePicker);
    Array.prototype.forEach.call(document.querySelectorAll('textarea[data-markdown]'), enhanceBody);
    var tree = document.querySelector('ul.page-tree');
    if (tree) { enhanceTree(tree); }
    Array.prototype.forEach.call(document.querySelectorAll('input[type=file]'), enhanceUpload);
    var summary = document.querySelector('.error-summary');
    if (summary) { summary.focus(); }
  }

  init();

  // The focal point: a click on the image writes where, in percent, into the two fields.
  var focal = document.getElementById('focal-image');
  if (focal) {
    focal.classList.add('pickable');
    focal.addEventListener('click', function (event) {
      var box = focal.getBoundingClientRect();
      document.getElementById('x').value = Math.round((event.clientX - box.left) / box.width * 100);
      document.getElementById('y').value = Math.round((event.clientY - box.top) / box.height * 100);
    });
  }
})();
