"""Spanish form pages for load_program_content: the request and referral forms, in plain Spanish.

The fields keep the English forms' clean names (so Intake's exports line up across
languages); only what people read is in Spanish. Each page is its English form's
translation (same translation key, ``es`` locale).
"""

from .forms_en import RETENTION_MONTHS

CONTACT_TIMES = "Mañana (de 8 a. m. a 12 del mediodía)\nTarde (de 12 a 5 p. m.)\nA cualquier hora"

APPOINTMENT_FIELDS = [
    ("full_name", "Su nombre completo", "singleline", True, "", "", "name"),
    (
        "phone",
        "Número de teléfono",
        "phone",
        False,
        "Denos un teléfono, un correo electrónico o los dos.",
        "",
        "tel",
    ),
    ("email", "Correo electrónico", "email", False, "", "", "email"),
    (
        "contact_time",
        "¿Cuándo es un buen momento para llamarle?",
        "radio",
        True,
        "",
        CONTACT_TIMES,
        "",
    ),
    (
        "reason",
        "¿Cómo le podemos ayudar?",
        "multiline",
        True,
        "Con unas palabras basta, por ejemplo “Quiero saber si este tratamiento es para mí”. "
        "Por favor, no envíe resultados de exámenes ni expedientes.",
        "",
        "",
    ),
    (
        "consent",
        "Pueden comunicarse conmigo por teléfono o correo electrónico sobre esta solicitud.",
        "checkbox",
        True,
        "Usamos sus datos solo para responder a esta solicitud.",
        "",
        "",
    ),
]

REFERRAL_FIELDS = [
    ("full_name", "Su nombre completo", "singleline", True, "El médico que remite.", "", "name"),
    ("practice", "Consultorio u hospital", "singleline", True, "", "", "organization"),
    (
        "phone",
        "Su número de teléfono",
        "phone",
        False,
        "Denos un teléfono, un correo electrónico o los dos.",
        "",
        "tel",
    ),
    ("email", "Su correo electrónico", "email", False, "", "", "email"),
    ("patient_name", "Nombre completo del paciente", "singleline", True, "", "", "off"),
    (
        "patient_date_of_birth",
        "Fecha de nacimiento del paciente",
        "birthdate",
        True,
        "Día/mes/año, por ejemplo 27/03/1958.",
        "",
        "off",
    ),
    (
        "contact_time",
        "¿Cuándo es un buen momento para llamarle?",
        "radio",
        True,
        "",
        CONTACT_TIMES,
        "",
    ),
    (
        "reason",
        "Motivo de la remisión",
        "multiline",
        True,
        "Un resumen corto. Le pediremos los expedientes cuando llamemos; no los adjunte aquí.",
        "",
        "",
    ),
    (
        "consent",
        "El paciente sabe de esta remisión y acepta que nos comuniquemos con él.",
        "checkbox",
        True,
        "",
        "",
        "",
    ),
]

APPOINTMENT_REQUEST = {
    "title": "Pida una cita",
    "slug": "pedir-una-cita",
    "summary": "Pídanos una cita. Llene un formulario corto y le llamaremos.",
    "form_field_definitions": APPOINTMENT_FIELDS,
    "intro": (
        "<p>Díganos cómo comunicarnos con usted y le llamaremos en un plazo de dos días "
        "hábiles. No necesita que un médico lo remita para pedirla.</p>"
        "<p><b>Este formulario no es para emergencias.</b> Si necesita ayuda enseguida, "
        "llame al 911.</p>"
    ),
    "privacy_note": (
        "Solo nuestro equipo de admisión puede leer lo que envíe. Lo usamos solo para "
        f"responderle, y lo borramos después de {RETENTION_MONTHS} meses."
    ),
    "submit_label": "Envíe mi solicitud",
    "thank_you_heading": "Gracias. Recibimos su solicitud.",
    "thank_you_text": (
        "<p>Una persona de nuestro equipo de admisión le llamará en un plazo de dos días "
        "hábiles. Si no logramos comunicarnos, volveremos a intentarlo o le enviaremos un "
        "correo electrónico.</p>"
        "<p>Si se siente peor o necesita ayuda antes, llámenos. En una emergencia, llame "
        "al 911.</p>"
    ),
}

REFERRAL = {
    "title": "Remitir a un paciente",
    "slug": "remitir-a-un-paciente",
    "summary": "Para médicos y enfermeras: remita a un paciente a nuestro programa.",
    "form_field_definitions": REFERRAL_FIELDS,
    "intro": (
        "<p>Use este formulario para remitir a un paciente a nuestro programa. Le llamaremos "
        "a usted o al paciente en un plazo de dos días hábiles para programar una visita. "
        "Le pediremos los expedientes cuando llamemos.</p>"
        "<p>Si la remisión es urgente, llámenos.</p>"
    ),
    "privacy_note": (
        "Solo nuestro equipo de admisión puede leer lo que envíe. Lo usamos solo para esta "
        f"remisión, y lo borramos después de {RETENTION_MONTHS} meses."
    ),
    "submit_label": "Envíe la remisión",
    "thank_you_heading": "Gracias. Recibimos su remisión.",
    "thank_you_text": (
        "<p>Una persona de nuestro equipo de admisión se comunicará con usted o con el "
        "paciente en un plazo de dos días hábiles. Si quiere contarnos algo más, o si es "
        "urgente, llámenos.</p>"
    ),
}
