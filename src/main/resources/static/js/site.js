// Progressive enhancement only: without it every menu entry stays visible.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  function enhanceMenu() {
    var nav = document.querySelector('.main-nav');
    var toggle = nav && nav.querySelector('.menu-toggle');
    // Where the stylesheet cannot tell that scripts run, it leaves the menu unfolded: so does this.
    if (!toggle || !window.matchMedia('(scripting: enabled)').matches) {
      return;
    }
    toggle.hidden = false;
    toggle.addEventListener('click', function () {
      var open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      nav.classList.toggle('open', open);
    });
  }

  document.addEventListener('keydown', function (event) {
    var nav = document.querySelector('.main-nav.open');
    if (event.key === 'Escape' && nav) {
      var toggle = nav.querySelector('.menu-toggle');
      toggle.click();
      toggle.focus();
    }
  });
  // A video loads nothing from its host until played: the link to it becomes a button
  // that puts the host's player in the poster's place.
  document.querySelectorAll('a[data-video-player]').forEach(function (link) {
    link.setAttribute('role', 'button');
    function play(event) {
      event.preventDefault();
      var frame = document.createElement('iframe');
      frame.className = 'video-frame';
      frame.src = link.getAttribute('data-video-player');
      frame.title = link.getAttribute('data-video-title');
      frame.allow = 'autoplay; fullscreen; picture-in-picture';
      frame.allowFullscreen = true;
      link.replaceWith(frame);
      frame.focus();
    }
    link.addEventListener('click', play);
    link.addEventListener('keydown', function (event) {
      if (event.key === ' ') {
        play(event);
      }
    });
  });
  // The back office replaces the body after an upload: enhance the new one.
  document.addEventListener('oim:body-replaced', enhanceMenu);
  enhanceMenu();
})();
