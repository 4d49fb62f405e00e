// Progressive enhancement only: without this file every menu entry stays visible.
(function () {
  'use strict';
  document.documentElement.classList.add('js');
  var nav = document.querySelector('.main-nav');
  var toggle = nav && nav.querySelector('.menu-toggle');
  if (!toggle) {
    return;
  }
  toggle.hidden = false;
  toggle.addEventListener('click', function () {
    var open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    nav.classList.toggle('open', open);
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && nav.classList.contains('open')) {
      toggle.click();
      toggle.focus();
    }
  });
})();
