// Browser phone for the Jobline simulator: plain fetch calls to /simulator/api (no framework, no CDN).
(function () {
  'use strict';
  var API = '/simulator/api';
  var SERVICE = '*888#';
  var DEFAULT_PHONES = ['+22890123456', '+22891234567', '+22899000001'];
  var TEXTS = {
    fr: { title: 'simulateur', phone: 'Téléphone', add: 'Ajouter', network: 'Réseau', up: 'Normal', down: 'Coupé',
      slow: 'Lent', flaky: 'Instable', send: 'Appel / OK', clear: 'Effacer', end: 'Raccrocher', inbox: 'Messages reçus',
      compose: 'Envoyer un SMS', smsSend: 'Envoyer', dial: 'Appeler ', idle: 'Composez ', empty: 'Aucun message',
      ended: '(fin de session)', sent: 'SMS envoyé', error: 'Erreur: ', invalid: 'Numéro invalide', other: 'English',
      segments: 'segment(s)', status: { Sent: 'envoyé', Success: 'remis', Failed: 'échec', Buffered: 'en attente' },
      route: 'Route de vos SMS', routeAuto: 'Agrégateur', routeModem: 'Modem GSM', via: 'par',
      modemOff: 'Modem non branché (simulator.modem.link, socat)' },
    en: { title: 'simulator', phone: 'Phone', add: 'Add', network: 'Network', up: 'Up', down: 'Down',
      slow: 'Slow', flaky: 'Flaky', send: 'Call / OK', clear: 'Clear', end: 'Hang up', inbox: 'Inbox',
      compose: 'Send an SMS', smsSend: 'Send', dial: 'Dial ', idle: 'Dial ', empty: 'No messages',
      ended: '(session ended)', sent: 'SMS sent', error: 'Error: ', invalid: 'Invalid number', other: 'Français',
      segments: 'segment(s)', status: { Sent: 'sent', Success: 'delivered', Failed: 'failed', Buffered: 'buffered' },
      route: 'Route of your texts', routeAuto: 'Aggregator', routeModem: 'GSM modem', via: 'via',
      modemOff: 'Modem not linked (simulator.modem.link, socat)' }
  };
  var lang = localStorage.getItem('sim-lang') || 'fr';
  var typed = '';
  var inSession = {};
  var $ = function (id) { return document.getElementById(id); };
  var t = function (k) { return TEXTS[lang][k]; };

  function current() { return $('phone-select').value; }

  function status(msg) { $('status').textContent = msg || ''; }

  function call(method, path, body) {
    var opts = { method: method, headers: { 'Accept': 'application/json' } };
    if (body !== undefined) {
      opts.headers['Content-Type'] = 'application/json';
      opts.body = JSON.stringify(body);
    }
    return fetch(API + path, opts).then(function (r) {
      return r.json().then(function (j) {
        if (!r.ok) { throw new Error(j.error || ('HTTP ' + r.status)); }
        return j;
      });
    });
  }

  function showTyped() { $('input-line').textContent = typed; }

  function press(key) { typed += key; showTyped(); }

  function showScreen(text) { $('screen').textContent = text; }

  function dial() {
    typed = '';
    showTyped();
    ussd(null);
  }

  function ussd(input) {
    var phone = current();
    return call('POST', '/ussd', { phone: phone, input: input }).then(function (r) {
      inSession[phone] = !r.ended;
      showScreen(r.ended ? r.screen + '\n\n' + t('ended') : r.screen);
      status(r.error ? t('error') + r.error : '');
    }).catch(function (e) { status(t('error') + e.message); });
  }

  function send() {
    var phone = current();
    if (!inSession[phone]) {
      dial();
      return;
    }
    var input = typed;
    typed = '';
    showTyped();
    ussd(input);
  }

  function hangup() {
    var phone = current();
    typed = '';
    showTyped();
    call('POST', '/ussd/hangup', { phone: phone }).then(function () {
      inSession[phone] = false;
      showScreen(t('idle') + SERVICE);
    }).catch(function (e) { status(t('error') + e.message); });
  }

  function renderInbox(messages) {
    var ul = $('inbox');
    ul.innerHTML = '';
    if (!messages.length) {
      var li = document.createElement('li');
      li.className = 'empty';
      li.textContent = t('empty');
      ul.appendChild(li);
      return;
    }
    messages.forEach(function (m) {
      var li = document.createElement('li');
      li.className = 'msg';
      li.appendChild(document.createTextNode(m.text));
      var meta = document.createElement('span');
      meta.className = 'meta';
      var st = t('status')[m.status] || m.status;
      meta.textContent = new Date(m.time).toLocaleTimeString(lang === 'fr' ? 'fr-FR' : 'en-GB') + ' · ' + m.encoding + ' · ' + m.segments + ' '
        + t('segments') + ' · ' + st + (m.via ? ' · ' + t('via') + ' ' + m.via : '');
      li.appendChild(meta);
      ul.appendChild(li);
    });
  }

  function pollInbox() {
    var phone = current();
    if (!phone) { return; }
    call('GET', '/phones/' + encodeURIComponent(phone) + '/inbox').then(function (r) {
      if (r.phone === current()) { renderInbox(r.messages); }
    }).catch(function () { /* next poll retries */ });
  }

  function sendSms() {
    var text = $('sms-text').value.trim();
    if (!text) { return; }
    call('POST', '/sms', { from: current(), text: text, route: route() }).then(function (r) {
      $('sms-text').value = '';
      status(t('sent') + (r.via ? ' (' + t('via') + ' ' + r.via + ')' : ''));
    }).catch(function (e) { status(t('error') + e.message); });
  }

  function route() {
    var r = document.querySelector('input[name="sms-route"]:checked');
    return r ? r.value : 'auto';
  }

  function pickRoute(value) {
    $(value === 'modem' && !$('route-modem').disabled ? 'route-modem' : 'route-auto').checked = true;
    localStorage.setItem('sim-route', route());
  }

  // The modem choice is offered only while the emulated modem is linked (simulator.modem.link and socat).
  function showModem(m) {
    $('route-modem').disabled = !m.linked;
    $('route-hint').hidden = !!m.linked;
    pickRoute(localStorage.getItem('sim-route') || 'auto');
  }

  function showNetwork(n) {
    $('net-state').textContent = t(n.mode) || n.mode;
    $('net-state').className = n.mode;
    document.querySelectorAll('.net-buttons button').forEach(function (b) {
      b.classList.toggle('active', b.getAttribute('data-mode') === n.mode);
    });
  }

  function pollNetwork() { call('GET', '/network').then(showNetwork).catch(function () {}); }

  function setNetwork(mode) {
    call('POST', '/network', { mode: mode }).then(showNetwork).catch(function (e) { status(t('error') + e.message); });
  }

  function addPhone(number, select) {
    var sel = $('phone-select');
    for (var i = 0; i < sel.options.length; i++) {
      if (sel.options[i].value === number) { if (select) { sel.value = number; } return; }
    }
    var o = document.createElement('option');
    o.value = number;
    o.textContent = number;
    sel.appendChild(o);
    if (select) { sel.value = number; }
  }

  function addTypedPhone() {
    var raw = $('new-phone').value.trim();
    if (!raw) { return; }
    // The server normalises: ask it through the inbox endpoint (400 on an invalid number).
    call('GET', '/phones/' + encodeURIComponent(raw) + '/inbox').then(function (r) {
      addPhone(r.phone, true);
      $('new-phone').value = '';
      switchPhone();
    }).catch(function () { status(t('invalid')); });
  }

  function switchPhone() {
    typed = '';
    showTyped();
    showScreen(t('idle') + SERVICE);
    renderInbox([]);
    pollInbox();
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-i18n]').forEach(function (el) { el.textContent = t(el.getAttribute('data-i18n')); });
    $('lang-toggle').textContent = t('other');
    $('btn-dial').textContent = t('dial') + SERVICE;
    if (!inSession[current()]) { showScreen(t('idle') + SERVICE); }
    pollNetwork();
  }

  function wire() {
    var keys = { 'key-star': '*', 'key-hash': '#' };
    for (var d = 0; d <= 9; d++) { keys['key-' + d] = String(d); }
    Object.keys(keys).forEach(function (id) { $(id).addEventListener('click', function () { press(keys[id]); }); });
    $('btn-send').addEventListener('click', send);
    $('btn-dial').addEventListener('click', dial);
    $('btn-end').addEventListener('click', hangup);
    $('btn-clear').addEventListener('click', function () { typed = typed.slice(0, -1); showTyped(); });
    $('sms-send').addEventListener('click', sendSms);
    document.querySelectorAll('input[name="sms-route"]').forEach(function (r) {
      r.addEventListener('change', function () { pickRoute(r.value); });
    });
    $('add-phone').addEventListener('click', addTypedPhone);
    $('phone-select').addEventListener('change', switchPhone);
    document.querySelectorAll('.net-buttons button').forEach(function (b) {
      b.addEventListener('click', function () { setNetwork(b.getAttribute('data-mode')); });
    });
    $('lang-toggle').addEventListener('click', function () {
      lang = lang === 'fr' ? 'en' : 'fr';
      localStorage.setItem('sim-lang', lang);
      applyLanguage();
      pollInbox();
    });
    document.addEventListener('keydown', function (e) {
      if (e.target.tagName === 'INPUT' || e.target.tagName === 'TEXTAREA' || e.target.tagName === 'SELECT') { return; }
      if (/^[0-9*#]$/.test(e.key)) { press(e.key); } else if (e.key === 'Enter') { send(); }
      else if (e.key === 'Backspace') { typed = typed.slice(0, -1); showTyped(); } else if (e.key === 'Escape') { hangup(); }
    });
  }

  function init() {
    DEFAULT_PHONES.forEach(function (p) { addPhone(p, false); });
    call('GET', '/phones').then(function (r) { r.phones.forEach(function (p) { addPhone(p.phone, false); }); })
      .catch(function () {});
    wire();
    applyLanguage();
    call('GET', '/modem').then(showModem).catch(function () { showModem({ linked: false }); });
    pollInbox();
    setInterval(pollInbox, 1500);
    setInterval(pollNetwork, 3000);
  }

  init();
}());
