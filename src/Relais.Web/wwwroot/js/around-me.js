// "Autour de moi": searches around the device's position. The button exists only when the browser can locate
// (it stays hidden without JavaScript or geolocation). The position goes in hidden `latitude`/`longitude`
// fields, rounded to about 100 m: enough to sort places by distance, less precise in addresses and logs.
(() => {
  'use strict';

  const button = document.getElementById('autour-de-moi');
  const message = document.getElementById('autour-de-moi-message');
  if (!button || !message || !button.form || !('geolocation' in navigator)) {
    return;
  }

  const form = button.form;
  const where = form.querySelector('[name=ou]');
  const refusals = {
    1: "Vous n'avez pas autorisé l'accès à votre position. Indiquez une commune ou un code postal dans le champ « Où ? ».",
    2: "Votre position n'a pas pu être trouvée. Indiquez une commune ou un code postal dans le champ « Où ? ».",
    3: "La recherche de votre position a pris trop de temps. Réessayez, ou indiquez une commune ou un code postal.",
  };

  const setHidden = (name, value) => {
    let field = form.querySelector(`input[type=hidden][name=${name}]`);
    if (value === null) {
      field?.remove();
      return;
    }
    if (!field) {
      field = document.createElement('input');
      field.type = 'hidden';
      field.name = name;
      form.append(field);
    }
    field.value = value;
  };

  const located = (position) => {
    setHidden('latitude', position.coords.latitude.toFixed(3));
    setHidden('longitude', position.coords.longitude.toFixed(3));
    setHidden('commune', null);
    // The server searches by the box when it is filled: empty it so the position counts.
    if (where) {
      where.value = '';
    }
    message.textContent = 'Position trouvée : recherche des lieux autour de vous…';
    form.requestSubmit ? form.requestSubmit() : form.submit();
  };

  const refused = (error) => {
    button.disabled = false;
    message.textContent = refusals[error.code] ?? refusals[2];
  };

  button.hidden = false;
  button.addEventListener('click', () => {
    button.disabled = true;
    message.textContent = 'Recherche de votre position…';
    navigator.geolocation.getCurrentPosition(located, refused, { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 });
  });
})();
