namespace A11yFeed.Web;

/// <summary>
/// The read-along script: marks the sentence being spoken, plays from a sentence when it is pressed, and gives
/// the keyboard Space (play or pause) and the arrow keys (previous or next sentence) while focus is not on a link
/// or a form control. Remembers the position per article and the speed. Hand-written, no libraries: the page
/// must stay small and work on old phones. Nothing is announced per sentence (no live region): a screen reader
/// already hears the audio.
/// </summary>
internal static class ReadAlongScript
{
    public const string Js = """
        (function () {
          'use strict';
          var audio = document.getElementById('player');
          var bar = document.querySelector('.readalong');
          var spans = Array.prototype.slice.call(document.querySelectorAll('.s[data-start]'));
          if (!audio || !bar || !spans.length) { return; }
          var starts = spans.map(function (s) { return parseFloat(s.getAttribute('data-start')); });
          var playButton = bar.querySelector('[data-act=play]');
          var speed = bar.querySelector('[data-act=speed]');
          var key = 'a11yfeed-position-' + bar.getAttribute('data-article');
          var still = document.documentElement.classList.contains('large') || matchMedia('(prefers-reduced-motion: reduce)').matches;
          var current = -1, focusable = 0, saved = 0;

          function store(name, value) { try { if (value === null) { localStorage.removeItem(name); } else { localStorage.setItem(name, value); } } catch (e) { /* private mode */ } }
          function load(name) { try { return localStorage.getItem(name); } catch (e) { return null; } }

          // The sentence being spoken: the last one started, so the mark stays put in the pauses between sentences.
          function indexAt(t) {
            var found = -1;
            for (var i = 0; i < starts.length && starts[i] <= t; i++) { found = i; }
            return found;
          }

          function setFocusable(i) {
            spans[focusable].tabIndex = -1;
            focusable = i;
            spans[i].tabIndex = 0;
          }

          function mark(i) {
            if (i === current) { return; }
            if (current >= 0) { spans[current].classList.remove('now'); }
            current = i;
            if (i < 0) { return; }
            var s = spans[i];
            s.classList.add('now');
            if (document.activeElement && spans.indexOf(document.activeElement) < 0) { setFocusable(i); }
            var r = s.getBoundingClientRect();
            if (!audio.paused && (r.top < 0 || r.bottom > window.innerHeight)) {
              s.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
            }
          }

          function play() { var p = audio.play(); if (p && p.catch) { p.catch(function () {}); } }

          function go(i, andPlay) {
            i = Math.max(0, Math.min(spans.length - 1, i));
            audio.currentTime = starts[i];
            mark(i);
            setFocusable(i);
            if (andPlay) { play(); }
            return i;
          }

          function step(delta) {
            var from = current >= 0 ? current : focusable;
            var i = go(from + delta, !audio.paused);
            if (spans.indexOf(document.activeElement) >= 0) { spans[i].focus(); }
          }

          function toggle() { if (audio.paused) { play(); } else { audio.pause(); } }

          function showState() { playButton.textContent = bar.getAttribute(audio.paused ? 'data-play' : 'data-pause'); }

          spans.forEach(function (s, i) {
            s.tabIndex = i === 0 ? 0 : -1;
            s.addEventListener('click', function () { go(i, true); });
          });

          bar.hidden = false;
          bar.addEventListener('click', function (e) {
            var act = e.target.getAttribute && e.target.getAttribute('data-act');
            if (act === 'play') { toggle(); } else if (act === 'previous') { step(-1); } else if (act === 'next') { step(1); }
          });

          var rate = parseFloat(load('a11yfeed-speed'));
          if (rate >= 0.5 && rate <= 2) { speed.value = String(rate); }
          function applyRate() { audio.defaultPlaybackRate = audio.playbackRate = parseFloat(speed.value) || 1; }
          applyRate();
          speed.addEventListener('change', function () { applyRate(); store('a11yfeed-speed', speed.value); });

          function restore() {
            var at = parseFloat(load(key));
            if (at > 0 && (!audio.duration || at < audio.duration - 1)) { audio.currentTime = at; mark(indexAt(at)); }
          }
          if (audio.readyState >= 1) { restore(); } else { audio.addEventListener('loadedmetadata', restore, { once: true }); }

          audio.addEventListener('timeupdate', function () {
            mark(indexAt(audio.currentTime));
            if (Math.abs(audio.currentTime - saved) >= 1) { saved = audio.currentTime; store(key, saved.toFixed(1)); }
          });
          audio.addEventListener('seeked', function () { mark(indexAt(audio.currentTime)); });
          audio.addEventListener('ratechange', function () { if (audio.playbackRate !== parseFloat(speed.value)) { applyRate(); } });
          audio.addEventListener('play', showState);
          audio.addEventListener('pause', showState);
          audio.addEventListener('ended', function () { store(key, null); });

          // Links, buttons, fields and the player keep their own keys; so do key combinations.
          document.addEventListener('keydown', function (e) {
            if (e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey) { return; }
            var t = e.target;
            var onSentence = spans.indexOf(t) >= 0;
            if (!onSentence && (t.closest && t.closest('a, button, input, select, textarea, audio, video, summary, [contenteditable]'))) { return; }
            var k = e.key;
            if (k === ' ' || k === 'Spacebar') { toggle(); }
            else if (k === 'Enter' && onSentence) { go(spans.indexOf(t), true); }
            else if (k === 'ArrowRight' || (onSentence && k === 'ArrowDown')) { step(1); }
            else if (k === 'ArrowLeft' || (onSentence && k === 'ArrowUp')) { step(-1); }
            else { return; }
            e.preventDefault();
          });
        })();
        """;
}
