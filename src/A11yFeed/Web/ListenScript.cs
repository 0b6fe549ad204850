namespace A11yFeed.Web;

/// <summary>
/// The listening page's script: one player for the whole list. Play starts at the first episode not yet heard,
/// each episode is introduced by its title on screen (and, in the audio, by its own spoken opening), the next one
/// starts by itself when one ends, and episodes heard to the end are remembered in localStorage and skipped next
/// time. Previous, Next and the speed; the Media Session API gives the same to a phone's lock screen and a headset's
/// buttons. The current title goes to a polite live region once per episode. Hand-written, no libraries, like
/// <see cref="ReadAlongScript"/>.
/// </summary>
internal static class ListenScript
{
    /// <summary>Where the ids of episodes heard to the end are kept.</summary>
    public const string HeardKey = "a11yfeed-heard";

    public static readonly string Js = """
        (function () {
          'use strict';
          var box = document.querySelector('.listen');
          var audio = document.getElementById('listen-player');
          var items = Array.prototype.slice.call(document.querySelectorAll('.episodes > li[data-src]'));
          if (!box || !audio || !items.length) { return; }
          var now = box.querySelector('.now');
          var playButton = box.querySelector('[data-act=play]');
          var speed = box.querySelector('[data-act=speed]');
          var session = 'mediaSession' in navigator ? navigator.mediaSession : null;
          var current = -1;

          function store(name, value) { try { localStorage.setItem(name, value); } catch (e) { /* private mode */ } }
          function load(name) { try { return localStorage.getItem(name); } catch (e) { return null; } }
          function id(i) { return items[i].getAttribute('data-id'); }
          function heardIds() {
            try { var ids = JSON.parse(load('__KEY__') || '[]'); return Array.isArray(ids) ? ids : []; } catch (e) { return []; }
          }
          function isHeard(i) { return heardIds().indexOf(id(i)) >= 0; }
          function nextUnheard(from) { for (var i = from; i < items.length; i++) { if (!isHeard(i)) { return i; } } return -1; }

          function showHeard(i) {
            items[i].classList.add('heard');
            if (items[i].querySelector('.heard-note')) { return; }
            var note = document.createElement('p');
            note.className = 'heard-note';
            note.lang = document.documentElement.lang;
            note.textContent = box.getAttribute('data-heard');
            items[i].querySelector('article').appendChild(note);
          }

          function markHeard(i) {
            var ids = heardIds();
            if (ids.indexOf(id(i)) < 0) { ids.push(id(i)); }
            store('__KEY__', JSON.stringify(ids.slice(-1000)));
            showHeard(i);
          }

          function say(text) { now.textContent = text; }

          function describe(i) {
            var li = items[i];
            if (!session || !window.MediaMetadata) { return; }
            session.metadata = new MediaMetadata({
              title: li.getAttribute('data-title'),
              artist: li.getAttribute('data-source'),
              album: document.querySelector('header .site').textContent.trim(),
              artwork: [{ src: new URL(li.getAttribute('data-artwork'), location.href).href, sizes: '1400x1400', type: 'image/png' }]
            });
          }

          function play() { var p = audio.play(); if (p && p.catch) { p.catch(function () {}); } }

          function applyRate() { audio.defaultPlaybackRate = audio.playbackRate = parseFloat(speed.value) || 1; }

          // Loads episode i from its start, so its spoken opening introduces it, and names it on screen.
          function open(i, andPlay) {
            current = i;
            items.forEach(function (li, j) { if (j === i) { li.setAttribute('aria-current', 'true'); } else { li.removeAttribute('aria-current'); } });
            audio.src = items[i].getAttribute('data-src');
            applyRate();
            say(box.getAttribute('data-now').replace('{0}', i + 1).replace('{1}', items.length).replace('{2}', items[i].getAttribute('data-title')));
            describe(i);
            if (andPlay) { play(); }
            // Loading a new source drops the element's queued events, a 'pause' from a moment ago among them, so
            // the button would keep saying Pause over a paused player.
            showState();
          }

          function start() {
            if (current >= 0) { play(); return; }
            var first = nextUnheard(0);
            open(first >= 0 ? first : 0, true);
          }

          function toggle() { if (audio.paused) { start(); } else { audio.pause(); } }
          function previous() { open(Math.max(0, current - 1), current < 0 || !audio.paused); }
          function next() { if (current < items.length - 1) { open(current + 1, current < 0 || !audio.paused); } }

          // At the end of an episode, or when its audio cannot be had, the next one not yet heard follows by itself.
          function advance() {
            var following = nextUnheard(current + 1);
            if (following >= 0) { open(following, true); } else { say(box.getAttribute('data-done')); showState(); }
          }

          function showState() {
            playButton.textContent = box.getAttribute(audio.paused ? 'data-play' : 'data-pause');
            if (session) { session.playbackState = audio.paused ? 'paused' : 'playing'; }
          }

          function showPosition() {
            if (!session || !session.setPositionState || !isFinite(audio.duration)) { return; }
            try { session.setPositionState({ duration: audio.duration, playbackRate: audio.playbackRate, position: Math.min(audio.currentTime, audio.duration) }); } catch (e) { /* not yet known */ }
          }

          items.forEach(function (li, i) { if (isHeard(i)) { showHeard(i); } });
          box.hidden = false;
          box.addEventListener('click', function (e) {
            var act = e.target.getAttribute && e.target.getAttribute('data-act');
            if (act === 'play') { toggle(); } else if (act === 'previous') { previous(); } else if (act === 'next') { next(); }
          });

          var rate = parseFloat(load('a11yfeed-speed'));
          if (rate >= 0.5 && rate <= 2) { speed.value = String(rate); }
          applyRate();
          speed.addEventListener('change', function () { applyRate(); store('a11yfeed-speed', speed.value); });

          audio.addEventListener('ended', function () { markHeard(current); advance(); });
          audio.addEventListener('error', function () { if (current >= 0 && audio.getAttribute('src')) { advance(); } });
          audio.addEventListener('play', showState);
          audio.addEventListener('pause', showState);
          ['loadedmetadata', 'seeked', 'ratechange'].forEach(function (name) { audio.addEventListener(name, showPosition); });
          // One voice at a time: the list's own players and this one pause each other.
          document.addEventListener('play', function (e) {
            if (e.target === audio) { items.forEach(function (li) { var other = li.querySelector('audio'); if (other && !other.paused) { other.pause(); } }); }
            else if (!audio.paused) { audio.pause(); }
          }, true);

          if (session) {
            var actions = {
              play: start,
              pause: function () { audio.pause(); },
              previoustrack: previous,
              nexttrack: next,
              seekbackward: function (d) { audio.currentTime = Math.max(0, audio.currentTime - (d.seekOffset || 10)); },
              seekforward: function (d) { audio.currentTime = Math.min(audio.duration || 0, audio.currentTime + (d.seekOffset || 30)); },
              seekto: function (d) { if (d.fastSeek && audio.fastSeek) { audio.fastSeek(d.seekTime); } else { audio.currentTime = d.seekTime; } }
            };
            Object.keys(actions).forEach(function (action) {
              try { session.setActionHandler(action, actions[action]); } catch (e) { /* an action this browser does not know */ }
            });
          }
        })();
        """.Replace("__KEY__", HeardKey, StringComparison.Ordinal);
}
