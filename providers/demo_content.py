"""Three fictional physicians for `manage.py load_demo_content`: made-up names and license numbers, NPIs
that pass the check digit but belong to no one, real board names (shared/content-facts.md). Each is marked
as a demo record in the admin."""

import datetime

from demo.loading import create
from locations.models import Clinic
from procedures.models import Procedure

from .models import BoardCertification, Provider

PROVIDERS = [
    {
        "name": "Camila Ejemplo",
        "slug_en": "camila-ejemplo",
        "slug_es": "camila-ejemplo",
        "degree": "MD",
        "license_type_en": "Physician and Surgeon",
        "license_type_es": "Médica y cirujana",
        "license_number": "A 00001",
        "npi": "1000000012",
        "languages": ["en", "es"],
        "biography_en": (
            "Dr. Ejemplo treats back and neck pain with image-guided procedures, such as nerve blocks and "
            "radiofrequency treatments. She takes time to explain each option in plain words and to answer "
            "your questions, in English or in Spanish."
        ),
        "biography_es": (
            "La Dra. Ejemplo trata el dolor de espalda y de cuello con procedimientos guiados por imágenes, como "
            "bloqueos de nervios y tratamientos con radiofrecuencia. Se toma el tiempo de explicarle cada opción "
            "con palabras sencillas y de responder sus preguntas, en inglés o en español."
        ),
        "display_order": 1,
        "clinics": ["san-diego", "chula-vista"],
        "procedures": ["medial-branch-rhizotomy", "medial-branch-block", "facet-joint-injection"],
        "reviews": ["medial-branch-rhizotomy", "medial-branch-block", "facet-joint-injection"],
        "certifications": [
            ("American Board of Anesthesiology", "Anesthesiology", "Anestesiología"),
            ("American Board of Anesthesiology", "Pain Medicine", "Medicina del dolor"),
        ],
    },
    {
        "name": "Daniel Muestra",
        "slug_en": "daniel-muestra",
        "slug_es": "daniel-muestra",
        "degree": "MD",
        "license_type_en": "Physician and Surgeon",
        "license_type_es": "Médico y cirujano",
        "license_number": "A 00002",
        "npi": "1000000020",
        "languages": ["en", "es"],
        "biography_en": (
            "Dr. Muestra helps people with long-lasting pain move better and get back to daily life. He combines "
            "injections with exercise plans and works closely with your physical therapist."
        ),
        "biography_es": (
            "El Dr. Muestra ayuda a personas con dolor de larga duración a moverse mejor y a volver a su vida "
            "diaria. Combina las inyecciones con planes de ejercicio y trabaja de cerca con su fisioterapeuta."
        ),
        "display_order": 2,
        "clinics": ["san-diego", "escondido"],
        "procedures": ["epidural-steroid-injection", "sacroiliac-joint-injection", "facet-joint-injection"],
        "reviews": ["epidural-steroid-injection", "sacroiliac-joint-injection"],
        "certifications": [
            (
                "American Board of Physical Medicine and Rehabilitation",
                "Physical Medicine and Rehabilitation",
                "Medicina física y rehabilitación",
            ),
            ("American Board of Physical Medicine and Rehabilitation", "Pain Medicine", "Medicina del dolor"),
        ],
    },
    {
        "name": "Grace Sample",
        "slug_en": "grace-sample",
        "slug_es": "grace-sample",
        "degree": "DO",
        "license_type_en": "Osteopathic Physician and Surgeon",
        "license_type_es": "Médica y cirujana osteopática",
        "license_number": "20A 00003",
        "npi": "1000000038",
        "languages": ["en", "tl"],
        "biography_en": (
            "Dr. Sample cares for people with spine pain and nerve pain, including patients who may be helped "
            "by spinal cord stimulation. She speaks English and Tagalog."
        ),
        "biography_es": (
            "La Dra. Sample atiende a personas con dolor de columna y dolor de nervios, incluidas aquellas a "
            "quienes puede ayudar la estimulación de la médula espinal. Habla inglés y tagalo."
        ),
        "display_order": 3,
        "clinics": ["escondido"],
        "procedures": ["spinal-cord-stimulation", "epidural-steroid-injection", "medial-branch-rhizotomy"],
        "reviews": ["spinal-cord-stimulation"],
        "certifications": [
            ("American Board of Anesthesiology", "Anesthesiology", "Anestesiología"),
            ("American Board of Anesthesiology", "Pain Medicine", "Medicina del dolor"),
        ],
    },
]


# The day the demo's procedure pages say they were medically reviewed (by fictional providers).
REVIEWED_ON = datetime.date(2026, 11, 16)


def load():
    """The providers while there are none: [(what was added, the records to version)]."""
    if Provider.objects.exists():
        return []
    providers = []
    for data in PROVIDERS:
        data = dict(data)
        clinics, procedures, certifications = data.pop("clinics"), data.pop("procedures"), data.pop("certifications")
        reviews = data.pop("reviews")
        provider = create(Provider, {**data, "demo": True})
        provider.clinics.set(Clinic.objects.filter(slug_en__in=clinics))
        provider.procedures.set(Procedure.objects.filter(slug_en__in=procedures))
        # The demo procedures' medical review, which needs its reviewer (procedures load first).
        Procedure.objects.filter(slug_en__in=reviews, reviewed_by=None).update(
            reviewed_by=provider, reviewed_on=REVIEWED_ON
        )
        for order, (board, specialty_en, specialty_es) in enumerate(certifications):
            fields = {
                "board": board,
                "specialty_en": specialty_en,
                "specialty_es": specialty_es,
                "display_order": order,
            }
            create(BoardCertification, {"provider": provider, **fields})
        providers.append(provider)
    # A provider's versions hold its board certifications.
    return [(f"{len(PROVIDERS)} demo providers", providers)]
