"use strict";
// modeltranslation's language tabs gather a translated field's languages by the classes of their inputs
// ("mt mt-field-name-en"); a read-only field has no input, so it showed as "Name [en]:" and "Name [es]:" with
// no tabs (django-modeltranslation issue 142). The change form lists its read-only translations
// (staff/content_admin.py); each value gets the classes and id an input would have, before the tabs are made:
// this script comes before modeltranslation's, so its ready handler runs first.
django.jQuery(function () {
    const list = document.getElementById("readonly-translations");
    if (!list) {
        return;
    }
    for (const [name, field, language] of JSON.parse(list.textContent)) {
        const value = document.querySelector(`.field-${name} .readonly`);
        if (value) {
            value.id = `id_${name}`;
            value.classList.add("mt", `mt-field-${field}-${language}`);
        }
    }
});
