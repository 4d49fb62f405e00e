// Passkey ceremonies (WebAuthn) against Spring Security's endpoints: sign in from the
// sign-in page, register from "my passkeys". Without JavaScript or WebAuthn the buttons
// stay hidden and the page says so; the password form works without either.
(function () {
  'use strict';

  function toBase64Url(buffer) {
    var bytes = new Uint8Array(buffer);
    var text = '';
    for (var i = 0; i < bytes.length; i++) {
      text += String.fromCharCode(bytes[i]);
    }
    return btoa(text).replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
  }

  function fromBase64Url(value) {
    var text = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) {
      bytes[i] = text.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function post(box, url, body) {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    headers[box.dataset.csrfHeader] = box.dataset.csrfToken;
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: headers,
      body: body ? JSON.stringify(body) : undefined
    });
  }

  function show(element, text) {
    element.textContent = text;
    element.hidden = false;

  }

  function descriptors(list) {
    return (list || []).map(function (credential) {
      return { type: credential.type, id: fromBase64Url(credential.id), transports: credential.transports };
    });
  }

  async function signIn(box, error) {
    error.hidden = true;
    try {
      var optionsResponse = await post(box, '/webauthn/authenticate/options');
      if (!optionsResponse.ok) {
        throw new Error('options ' + optionsResponse.status);
      }
      var options = await optionsResponse.json();
      options.challenge = fromBase64Url(options.challenge);
      options.allowCredentials = descriptors(options.allowCredentials);
      var credential = await navigator.credentials.get({ publicKey: options });
      var response = credential.response;
      var result = await post(box, '/login/webauthn', {
        id: credential.id,
        rawId: toBase64Url(credential.rawId),
        response: {
          authenticatorData: toBase64Url(response.authenticatorData),
          clientDataJSON: toBase64Url(response.clientDataJSON),
          signature: toBase64Url(response.signature),
          userHandle: response.userHandle ? toBase64Url(response.userHandle) : undefined
        },
        credType: credential.type,
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment
      });
      var answer = await result.json().catch(function () { return {}; });
      if (result.ok && answer.authenticated && answer.redirectUrl && answer.redirectUrl.charAt(0) === '/') {
        window.location.assign(answer.redirectUrl);
        return;
      }
      show(error, answer.error || box.dataset.failed);
    }
    catch (e) {
      show(error, box.dataset.failed);
    }
  }

  async function register(box, error, label) {
    error.hidden = true;
    try {
      var optionsResponse = await post(box, '/webauthn/register/options');
      if (!optionsResponse.ok) {
        throw new Error('options ' + optionsResponse.status);
      }
      var options = await optionsResponse.json();
      options.challenge = fromBase64Url(options.challenge);
      options.user.id = fromBase64Url(options.user.id);
      options.excludeCredentials = descriptors(options.excludeCredentials);
      var credential = await navigator.credentials.create({ publicKey: options });
      var response = credential.response;
      var result = await post(box, '/webauthn/register', {
        publicKey: {
          label: label,
          credential: {
            id: credential.id,
            rawId: toBase64Url(credential.rawId),
            response: {
              attestationObject: toBase64Url(response.attestationObject),
              clientDataJSON: toBase64Url(response.clientDataJSON),
              transports: response.getTransports ? response.getTransports() : []
            },
            type: credential.type,
            clientExtensionResults: credential.getClientExtensionResults(),
            authenticatorAttachment: credential.authenticatorAttachment
          }
        }
      });
      var answer = await result.json().catch(function () { return {}; });
      if (result.ok && answer.success) {
        window.location.reload();
        return;
      }
      show(error, box.dataset.failed);
    }
    catch (e) {
      show(error, box.dataset.failed);
    }
  }

  function setUp(boxId, buttonId, errorId, action) {
    var box = document.getElementById(boxId);
    if (!box) {
      return;
    }
    var button = document.getElementById(buttonId);
    var error = document.getElementById(errorId);
    if (!window.PublicKeyCredential || !window.fetch) {
      show(error, box.dataset.unsupported);
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      button.disabled = true;
      action(box, error).finally(function () { button.disabled = false; });
    });
  }

  setUp('passkey-sign-in', 'passkey-sign-in-button', 'passkey-sign-in-error', signIn);
  setUp('passkey-register', 'passkey-register-button', 'passkey-register-error', function (box, error) {
    var label = document.getElementById('passkey-label').value.trim();
    return register(box, error, label || box.dataset.failed);
  });
}());
