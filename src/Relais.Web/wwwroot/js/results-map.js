// The map of a search: a complement to the list, which stays complete without it (docs/adr/0008). It shows every
// place of the search (all pages), clustered, from /api/v1/places/points.geojson. The tile server and its credit
// come from the settings Map:TileUrl and Map:Attribution (data- attributes); an empty TileUrl draws no tiles.
(() => {
  'use strict';

  const element = document.getElementById('carte');
  if (!element || !window.L || !L.markerClusterGroup || !window.fetch) {
    return;
  }

  const panel = element.closest('.map-panel');
  const status = document.getElementById('carte-etat');
  panel.hidden = false;
  panel.parentElement.classList.add('results-layout--map');

  const plural = (count, one, many) => (count === 1 ? `1 ${one}` : `${count.toLocaleString('fr-FR')} ${many}`);

  const popup = (properties) => {
    const link = document.createElement('a');
    link.href = '/lieux/' + encodeURIComponent(properties.id);
    link.textContent = properties.nom;
    return link;
  };

  // Our own cluster icon: the count is written as text (a button named "12 lieux…" for screen readers) with
  // the site's colours, whose contrast does not depend on the tiles below.
  const clusterIcon = (cluster) => {
    const count = cluster.getChildCount();
    const size = count < 10 ? 'small' : count < 100 ? 'medium' : 'large';
    return L.divIcon({
      html: `<span data-count="${count}">${count}<span class="visually-hidden"> lieux : zoomer pour les voir</span></span>`,
      className: `marker-cluster marker-cluster-${size}`,
      iconSize: L.point(40, 40),
    });
  };

  const explain = (collection, shown) => {
    const missing = collection.total - shown;
    if (collection.truncated) {
      return `La carte montre les ${plural(shown, 'lieu', 'lieux')} les plus proches sur ${collection.total.toLocaleString('fr-FR')}.`;
    }
    return missing > 0 ? `${plural(missing, 'lieu sans position n’est pas', 'lieux sans position ne sont pas')} sur la carte.` : '';
  };

  const show = (map, collection) => {
    const markers = L.markerClusterGroup({ iconCreateFunction: clusterIcon, showCoverageOnHover: false }).addTo(map);
    markers.addLayers(collection.features.map((feature) => {
      const [longitude, latitude] = feature.geometry.coordinates;
      const name = feature.properties.nom;
      return L.marker([latitude, longitude], { title: name, alt: name }).bindPopup(() => popup(feature.properties));
    }));
    if (collection.features.length > 0) {
      map.fitBounds(markers.getBounds(), { padding: [24, 24], maxZoom: 15, animate: false });
    }
    element.dataset.count = String(collection.features.length);
    status.textContent = explain(collection, collection.features.length);
  };

  const start = async () => {
    const map = L.map(element, { zoomControl: false, attributionControl: false, scrollWheelZoom: false });
    L.control.zoom({ zoomInTitle: 'Zoomer', zoomOutTitle: 'Dézoomer' }).addTo(map);
    L.control.attribution({ prefix: '<a href="https://leafletjs.com" hreflang="en">Leaflet</a>' }).addTo(map);
    map.setView([46.6, 2.4], 5);
    if (element.dataset.tileUrl) {
      L.tileLayer(element.dataset.tileUrl, { attribution: element.dataset.attribution, maxZoom: 19 }).addTo(map);
    }
    try {
      const response = await fetch(element.dataset.points, { headers: { Accept: 'application/geo+json' } });
      if (!response.ok) {
        throw new Error(`HTTP ${response.status}`);
      }
      show(map, await response.json());
    } catch {
      element.dataset.count = 'error';
      status.textContent = 'La carte n’a pas pu charger les lieux. La liste ci-dessus reste complète.';
    }
  };

  // Tiles and positions are fetched only when the map comes near the screen: on a phone it sits below the list.
  if (!('IntersectionObserver' in window)) {
    start();
    return;
  }
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) {
      observer.disconnect();
      start();
    }
  }, { rootMargin: '200px' });
  observer.observe(element);
})();
