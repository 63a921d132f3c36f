"""Spanish seed content for load_program_content: the program, its indications and the guide.

Written in plain Spanish for patients and families (usted, short sentences, everyday
words, medical terms explained), not translated word for word from ``program_en``.
Each page and statistic has the same key as its English original, so the loader
makes it that page's translation. Figures are shown as numbers, not icon arrays:
the icon array's spoken description is English only (see docs/architecture.md#i18n).
Guide sections 6 to 8 go beyond the source, as in English, and are marked for
medical review.
"""

SOURCE = (
    "Cleveland Clinic, «Stereotactic Spinal Radiosurgery» (información para pacientes, en inglés)"
)

# Filled into Hospital settings' Spanish fields while the English ones are still the seed's.
HOSPITAL_SETTINGS = {
    "disclaimer_es": (
        "Este sitio web muestra publicidad para apoyar nuestra misión sin fines de lucro. "
        "El hospital no respalda ningún producto ni servicio que no sea suyo."
    ),
    "medical_disclaimer_es": (
        "Esta página da información general, no consejo médico. Hable con su equipo médico "
        "sobre su salud y su tratamiento."
    ),
}

STATISTICS = {
    "cancer_diagnoses": {
        "value": "Más de 1 millón",
        "measure": "de personas reciben un diagnóstico de cáncer cada año en Estados Unidos.",
        "source": SOURCE,
        "source_url": "",
        "as_of": None,
    },
    "skeletal_metastases": {
        "value": "70%",
        "measure": (
            "de las personas con cáncer también tienen cáncer que se extiende a los huesos "
            "(metástasis óseas)."
        ),
        "source": SOURCE,
        "source_url": "",
        "as_of": None,
        "needs_medical_review": True,  # content brief: a figure to check
    },
    "spine_rank": {
        "value": "La columna",
        "measure": "es el tercer lugar del esqueleto donde más crecen estos tumores.",
        "source": SOURCE,
        "source_url": "",
        "as_of": None,
        "needs_medical_review": True,  # content brief: a figure to check
    },
    "pain_relief": {
        "value": "Más del 80%",
        "measure": "de los pacientes sienten menos dolor después de la radiocirugía de columna.",
        "source": SOURCE,
        "source_url": "",
        "as_of": None,
    },
    "relief_timing": {
        "value": "De unos días a unas semanas",
        "measure": "es lo que suele tardar en empezar el alivio del dolor.",
        "source": SOURCE,
        "source_url": "",
        "as_of": None,
    },
    "sessions": {
        "value": "1 visita",
        "measure": (
            "puede ser todo el tratamiento que necesitan algunas personas, y vuelven a casa "
            "ese mismo día."
        ),
        "source": SOURCE,
        "source_url": "",
        "as_of": None,
    },
    "recovery_time": {
        "value": "Casi nunca",
        "measure": (
            "hace falta tiempo de recuperación, porque no hay cortes ni hay que quedarse en el "
            "hospital."
        ),
        "source": SOURCE,
        "source_url": "",
        "as_of": None,
    },
}

HOW_IT_WORKS_ILLUSTRATION = {
    "illustration": "how_it_works",
    "image": None,
    "alt_text": (
        "Dibujo de un hueso de la columna con un tumor, al lado de la médula espinal. "
        "Muchos rayos finos de radiación llegan desde distintos lados y se juntan en el tumor."
    ),
    "caption": (
        "Muchos rayos finos se juntan en el tumor. Juntos le dan una dosis fuerte. "
        "La médula espinal, que está cerca, recibe muy poca."
    ),
    "description": (
        "El dibujo muestra un hueso de la columna visto desde arriba, como si el cuerpo "
        "estuviera cortado de lado a lado. La parte redonda de adelante del hueso tiene un "
        "tumor. Justo detrás del tumor, dentro de un anillo de hueso, está la médula espinal. "
        "Ocho rayos finos de radiación llegan desde distintos lados. Todos se juntan en el "
        "tumor, así que el tumor recibe una dosis alta. Cada rayo solo es débil. Ningún rayo "
        "apunta a la médula, así que recibe muy poca radiación."
    ),
}

# Las señales de que un tumor puede apretar la médula o los nervios (content brief,
# "Urgent symptoms"), as in program_en.URGENT_SYMPTOMS; the template adds the number.
URGENT_SYMPTOMS = (
    "callout",
    {
        "tone": "urgent",
        "title": "Pida ayuda enseguida si tiene alguno de estos síntomas",
        "text": (
            "<ul>"
            "<li>dolor nuevo en la espalda o el cuello, o un dolor que empeora, sobre todo de "
            "noche o al acostarse</li>"
            "<li>adormecimiento, hormigueo o debilidad en las piernas o los brazos</li>"
            "<li>sentirse inestable al estar de pie, o tener dificultad para caminar</li>"
            "<li>problemas para controlar la orina o las evacuaciones, o adormecimiento "
            "alrededor de las nalgas</li>"
            "</ul>"
            "<p>Pueden ser señales de que un tumor está apretando la médula espinal o los "
            "nervios. Es una emergencia. No espere a su próxima consulta. Llame ahora al número "
            "urgente de su equipo médico, o llame al 911.</p>"
        ),
    },
)

HOME = {
    "title": "Atención de tumores del cerebro y la columna",
    "slug": "inicio",
    "summary": (
        "Nuestro centro atiende a personas con tumores del cerebro y de la columna. "
        "Conozca nuestros programas, qué esperar y cómo pedir una cita."
    ),
    "body": [],
}

PROGRAM = {
    "needs_medical_review": True,  # the comparison table goes beyond the source
    "title": "Programa de Radiocirugía Estereotáctica de Columna",
    "slug": "radiocirugia-de-columna",
    "show_in_menus": True,
    "summary": (
        "La radiocirugía de columna envía radiación fuerte y precisa a los tumores de la "
        "columna. Puede aliviar el dolor sin operar. A veces basta una sola visita, y usted "
        "vuelve a casa el mismo día."
    ),
    "indications_heading": "A quién puede ayudar este tratamiento",
    "body_location": "Columna",
    "how_performed": (
        "Muchos rayos finos de radiación llegan desde distintos ángulos y se juntan en el "
        "tumor. Las imágenes y un molde que lo mantiene quieto guían la puntería. No hay cortes."
    ),
    "follow_up": (
        "Consultas e imágenes con su equipo médico en las semanas y meses después del tratamiento."
    ),
    "appointment_heading": "Cómo pedir una cita",
    "appointment_text": (
        "Usted, un familiar o su médico pueden llamarnos o pedir una cita por internet. "
        "Nuestro equipo responde sus preguntas y lo ayuda con los siguientes pasos."
    ),
    "body": [
        ("heading", {"text": "Qué es y a quién puede ayudar", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>La <b>radiocirugía estereotáctica de columna</b> es un tratamiento con "
                "radiación para los tumores de la columna. Envía una dosis alta de radiación al "
                "tumor con mucho cuidado. No hay cortes, y usted vuelve a casa el mismo día.</p>"
                "<p>Se usa sobre todo para el cáncer que se ha extendido a los huesos de la "
                "columna. Los médicos llaman a estos tumores <b>metástasis en la columna</b>. "
                "Las metas son aliviar el dolor y controlar el tumor. Controlar el tumor quiere "
                "decir evitar que crezca.</p>"
                "<p>La radiocirugía también puede tratar tumores sin cáncer (benignos). Se puede "
                "usar sola o junto con otro tratamiento, como la cirugía. Nuestro hospital es uno "
                "de los pocos centros del país que la ofrecen.</p>"
                "<p>Sin tratamiento, los tumores de la columna pueden debilitarla. También pueden "
                "apretar la médula espinal o los nervios. Eso puede causar un dolor fuerte, "
                "pérdida de sensación o de fuerza, y hasta parálisis. Por eso ayuda tratarlos "
                "pronto.</p>"
            ),
        ),
        URGENT_SYMPTOMS,
        ("heading", {"text": "Cómo funciona", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>“Estereotáctica” quiere decir que el equipo usa imágenes en 3D de su cuerpo "
                "para encontrar el punto exacto que hay que tratar. Aunque el nombre dice "
                "“cirugía”, no se hace ningún corte.</p>"
                "<p>Muchos rayos de radiación llegan desde fuera del cuerpo y se juntan en el "
                "tumor. Así, el tumor recibe una dosis fuerte. La médula espinal y los nervios de "
                "alrededor reciben muy poca.</p>"
            ),
        ),
        ("illustration", HOW_IT_WORKS_ILLUSTRATION),
        ("heading", {"text": "Cómo se compara con otros tratamientos", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Hay varias formas de tratar los tumores de la columna y el dolor que causan. "
                "Muchas personas reciben más de una. Su equipo médico le puede decir qué opciones "
                "son para usted.</p>"
            ),
        ),
        (
            "comparison_table",
            {
                "caption": "Formas de tratar los tumores de la columna y el dolor que causan",
                "option_heading": "Tratamiento",
                "columns": ["Qué es", "Qué implica"],
                "rows": [
                    {
                        "label": "Medicinas para el dolor (analgésicos)",
                        "cells": [
                            "Medicinas que bajan o quitan el dolor.",
                            (
                                "Se toman por boca u otras vías, muchas veces a diario. Alivian "
                                "el dolor, pero no tratan el tumor."
                            ),
                        ],
                        "highlight": False,
                    },
                    {
                        "label": "Cirugía",
                        "cells": [
                            "Una operación para sacar el tumor o dar más firmeza a la columna.",
                            (
                                "Hace falta un corte en la piel, quedarse unos días en el "
                                "hospital y tiempo para sanar."
                            ),
                        ],
                        "highlight": False,
                    },
                    {
                        "label": "Radioterapia convencional",
                        "cells": [
                            "Radiación al tumor y a una zona más amplia a su alrededor.",
                            (
                                "Se hace en varias visitas, sin quedarse en el hospital. La dosis "
                                "es más baja para cuidar la médula espinal."
                            ),
                        ],
                        "highlight": False,
                    },
                    {
                        "label": "Quimioterapia",
                        "cells": [
                            "Medicinas que matan las células del cáncer en todo el cuerpo.",
                            "Se dan por boca o por la vena, muchas veces en ciclos.",
                        ],
                        "highlight": False,
                    },
                    {
                        "label": "Radiocirugía estereotáctica de columna",
                        "cells": [
                            (
                                "Una dosis alta de radiación apuntada con mucho cuidado al "
                                "tumor. La médula y los nervios reciben muy poca."
                            ),
                            (
                                "No hay cortes ni hay que quedarse en el hospital. A veces basta "
                                "una visita."
                            ),
                        ],
                        "highlight": True,
                    },
                ],
            },
        ),
        ("heading", {"text": "Datos importantes", "level": "h2"}),
        (
            "key_fact",
            {
                "statistic": "pain_relief",
                "context": "Las metas del tratamiento son aliviar el dolor y controlar el tumor.",
            },
        ),
        ("key_fact", {"statistic": "relief_timing", "context": ""}),
        (
            "key_fact",
            {
                "statistic": "sessions",
                "context": "Algunas personas necesitan más de una sesión. Su equipo médico "
                "le dirá cuántas necesita.",
            },
        ),
        ("key_fact", {"statistic": "recovery_time", "context": ""}),
    ],
}

INDICATIONS = [
    {
        "key": "pain-relief",
        "condition_name": "Metástasis en la columna",
        "title": "Alivio del dolor por metástasis en la columna",
        "slug": "alivio-del-dolor",
        "summary": (
            "El uso principal de la radiocirugía de columna es aliviar el dolor del cáncer que "
            "se ha extendido a la columna."
        ),
        "who_it_is_for": (
            "<p>Es para personas con cáncer que se ha extendido a los huesos de la columna. "
            "Estos tumores se llaman metástasis en la columna. Pueden causar un dolor que "
            "empieza de repente o que dura mucho tiempo.</p>"
            "<p>Su equipo médico puede hablarle de la radiocirugía si:</p>"
            "<ul>"
            "<li>tiene cáncer que se ha extendido a la columna</li>"
            "<li>un tumor en la columna le causa dolor</li>"
            "<li>quiere conocer otras opciones además de las medicinas para el dolor y la "
            "cirugía</li>"
            "</ul>"
            "<p>Su equipo revisará sus imágenes y su salud para ver si es buena para usted.</p>"
        ),
        "how_it_helps": (
            "<p>La radiocirugía envía una dosis fuerte de radiación justo al tumor. La "
            "radiación daña las células del tumor para que no sigan creciendo. Así puede bajar "
            "la presión y el dolor que causa el tumor.</p>"
            "<p>Las metas son aliviar el dolor y controlar el tumor. La mayoría de las personas "
            "tratadas así sienten algo de alivio. Suele empezar en unos días o unas semanas. No "
            "hay cortes, y vuelve a casa el mismo día.</p>"
            "<p>Pregunte a su equipo médico cuánto alivio puede esperar.</p>"
        ),
        "needs_medical_review": True,  # the urgent call-out goes beyond the source
        "body": [URGENT_SYMPTOMS],
    },
    {
        "key": "first-line",
        "condition_name": "Tumores de la columna",
        "title": "La radiocirugía como primer tratamiento",
        "slug": "primer-tratamiento",
        "summary": (
            "Para algunos tumores de la columna, la radiocirugía puede ser el primer "
            "tratamiento, antes que otros o en lugar de ellos."
        ),
        "who_it_is_for": (
            "<p>El tratamiento “de primera línea” es el primero que se usa para un tumor.</p>"
            "<p>Es para algunas personas que acaban de saber que tienen un tumor en la columna. "
            "Puede ser un cáncer que llegó desde otra parte del cuerpo, o un tumor sin cáncer "
            "(benigno).</p>"
            "<p>No todos los tumores de la columna se pueden tratar así primero. Su equipo "
            "médico mira el tamaño del tumor, dónde está, sus síntomas y su salud en general.</p>"
        ),
        "how_it_helps": (
            "<p>La radiocirugía envía una dosis alta de radiación justo al tumor y muy poca a "
            "la médula espinal y los nervios. Para algunas personas, puede ser una opción en "
            "lugar de una operación.</p>"
            "<p>Si más adelante necesita otros tratamientos, muchas veces se puede usar junto "
            "con ellos.</p>"
            "<p>Pregunte a su equipo médico si puede ser un primer paso para usted.</p>"
        ),
        "needs_medical_review": True,  # the urgent call-out goes beyond the source
        "body": [URGENT_SYMPTOMS],
    },
    {
        "key": "after-surgery",
        "condition_name": "Tumor que queda en la columna después de la cirugía",
        "title": "Tratar el tumor que queda después de una cirugía de columna",
        "slug": "despues-de-la-cirugia",
        "summary": (
            "A veces queda parte de un tumor después de una cirugía de columna. La radiocirugía "
            "puede tratar la parte que queda."
        ),
        "who_it_is_for": (
            "<p>Los cirujanos no siempre pueden sacar todo el tumor sin peligro. Una parte "
            "puede estar demasiado cerca de la médula espinal o de los nervios. Lo que queda se "
            "llama tumor residual.</p>"
            "<p>Es para personas que ya tuvieron una cirugía de columna y a las que todavía les "
            "queda algo de tumor, según sus imágenes.</p>"
        ),
        "how_it_helps": (
            "<p>La radiocirugía puede tratar el tumor que queda, aunque esté cerca de la médula "
            "espinal. Los rayos se apuntan con mucho cuidado, así que la médula y los nervios "
            "reciben muy poca radiación.</p>"
            "<p>Su cirujano y su equipo de radiación deciden juntos cuándo empezar. Pregúnteles "
            "qué significa esto para usted.</p>"
        ),
        "needs_medical_review": True,  # the urgent call-out goes beyond the source
        "body": [URGENT_SYMPTOMS],
    },
    {
        "key": "boost",
        "condition_name": "Tumores de la columna después de radioterapia convencional",
        "title": "Una dosis extra después de la radioterapia convencional",
        "slug": "dosis-extra",
        "summary": (
            "Después de la radioterapia convencional, la radiocirugía puede dar al tumor una dosis "
            "extra y precisa. Esto se llama refuerzo."
        ),
        "who_it_is_for": (
            "<p>La radioterapia convencional trata el tumor y una zona más amplia a su alrededor. "
            "Para cuidar la médula espinal, la dosis tiene que ser bastante baja.</p>"
            "<p>Es para personas que ya recibieron radioterapia convencional en la columna y cuyo "
            "equipo médico quiere dar al tumor una dosis extra.</p>"
        ),
        "how_it_helps": (
            "<p>El refuerzo es una dosis extra de radiación solo para el tumor. La radiocirugía "
            "es muy precisa, así que puede darla mientras la médula y los nervios reciben muy "
            "poca.</p>"
            "<p>La meta es dar al tumor más radiación de la que la radioterapia convencional sola "
            "podría dar sin peligro. Pregunte a su equipo si un refuerzo lo puede ayudar.</p>"
        ),
        "needs_medical_review": True,  # the urgent call-out goes beyond the source
        "body": [URGENT_SYMPTOMS],
    },
    {
        "key": "salvage",
        "condition_name": "Tumores de la columna que no respondieron a otros tratamientos",
        "title": "Cuando otros tratamientos no funcionaron",
        "slug": "despues-de-otros-tratamientos",
        "summary": (
            "Si un tumor de la columna vuelve o sigue causando dolor después de otros "
            "tratamientos, la radiocirugía todavía puede ser una opción."
        ),
        "who_it_is_for": (
            "<p>Los médicos a veces lo llaman tratamiento “de rescate”. Es un tratamiento que "
            "se usa cuando los anteriores no funcionaron lo suficiente.</p>"
            "<p>Puede ser para personas cuyo tumor de la columna:</p>"
            "<ul>"
            "<li>volvió después del tratamiento</li>"
            "<li>siguió creciendo durante el tratamiento</li>"
            "<li>sigue causando dolor después de otros tratamientos</li>"
            "</ul>"
            "<p>Algunas de estas personas ya recibieron radiación en la misma parte de la "
            "columna. Su equipo médico tendrá en cuenta todos sus tratamientos anteriores.</p>"
        ),
        "how_it_helps": (
            "<p>La radiocirugía apunta al tumor con mucho cuidado. Por eso a veces se puede "
            "usar cuando otros tratamientos ya no son una opción. Las metas son aliviar el "
            "dolor y evitar que el tumor crezca.</p>"
            "<p>Su equipo médico le explicará lo que puede hacer y lo que no puede hacer por "
            "usted.</p>"
        ),
        "needs_medical_review": True,  # the urgent call-out goes beyond the source
        "body": [URGENT_SYMPTOMS],
    },
]

GUIDE = {
    "title": "Guía para pacientes sobre la radiocirugía de columna",
    "slug": "guia-para-pacientes",
    "summary": (
        "Una guía paso a paso para pacientes y familias. Explica los tumores de la columna, "
        "cómo funciona la radiocirugía, cómo prepararse y qué esperar después."
    ),
    "body": [
        (
            "paragraph",
            (
                "<p>Esta guía es para personas que quizás reciban radiocirugía de columna, y "
                "también para sus familias y amigos. Explica el tratamiento con palabras "
                "sencillas.</p>"
                "<p>La guía tiene partes cortas. Puede leerlas en orden o ir directo a la que "
                "necesite. También puede leer la guía completa en una sola página o imprimirla "
                "para compartirla.</p>"
                "<p>Mientras lee, anote sus preguntas y llévelas a su próxima consulta.</p>"
            ),
        ),
    ],
}

GUIDE_SECTIONS = [
    {
        "key": "about-spinal-metastases",
        "title": "Qué son las metástasis en la columna",
        "slug": "metastasis-en-la-columna",
        "summary": (
            "Qué son las metástasis en la columna, cómo pueden afectar su cuerpo y por qué "
            "ayuda tratarlas pronto."
        ),
        "needs_medical_review": True,
        "body": [
            ("heading", {"text": "Qué son", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>El cáncer puede pasar del lugar donde empezó a otras partes del cuerpo. "
                    "Cuando llega a los huesos, los médicos lo llaman <b>metástasis óseas</b>. "
                    "Cuando llega a los huesos de la columna, se llama <b>metástasis en la "
                    "columna</b>.</p>"
                    "<p>La columna es una fila de huesos pequeños llamados vértebras. Protegen "
                    "la médula espinal, que es un conjunto de nervios. La médula lleva los "
                    "mensajes entre el cerebro y el resto del cuerpo.</p>"
                ),
            ),
            ("key_fact", {"statistic": "skeletal_metastases", "context": ""}),
            ("key_fact", {"statistic": "spine_rank", "context": ""}),
            ("heading", {"text": "Cómo pueden afectarle", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Las metástasis en la columna pueden causar dolor. El dolor puede "
                    "empezar de repente (dolor agudo) o durar mucho tiempo (dolor "
                    "persistente).</p>"
                    "<p>Con el tiempo, el tumor puede debilitar los huesos de la columna. La "
                    "columna puede quedar inestable: ya no sostiene el cuerpo tan bien como "
                    "antes. Un tumor o un hueso débil también puede apretar la médula o los "
                    "nervios. Los médicos lo llaman compresión.</p>"
                    "<p>La compresión puede causar:</p>"
                    "<ul>"
                    "<li>un dolor fuerte que hace difícil la vida diaria</li>"
                    "<li>adormecimiento, debilidad u hormigueo</li>"
                    "<li>problemas para controlar la orina o las evacuaciones</li>"
                    "<li>parálisis, es decir, no poder mover una parte del cuerpo</li>"
                    "</ul>"
                    "<p>Los médicos llaman disfunción neurológica a problemas como el "
                    "adormecimiento y la debilidad. Quiere decir que los nervios no funcionan "
                    "como deberían.</p>"
                ),
            ),
            ("heading", {"text": "Por qué importa tratarlas pronto", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Estos problemas pueden empeorar si el tumor no se trata. Tratar pronto "
                    "las metástasis en la columna puede aliviar el dolor y ayudar a proteger la "
                    "médula y los nervios.</p>"
                ),
            ),
            URGENT_SYMPTOMS,
        ],
    },
    {
        "key": "treatment-options",
        "title": "Sus opciones de tratamiento",
        "slug": "opciones-de-tratamiento",
        "summary": (
            "Las principales formas de tratar los tumores de la columna y el dolor que causan, "
            "una al lado de la otra."
        ),
        "needs_medical_review": True,
        "body": [
            ("heading", {"text": "Sus opciones de un vistazo", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Hay varias formas de tratar los tumores de la columna y el dolor que "
                    "causan. La tabla explica cada una con palabras sencillas.</p>"
                ),
            ),
            (
                "comparison_table",
                {
                    "caption": "Tratamientos para los tumores de la columna y el dolor",
                    "option_heading": "Tratamiento",
                    "columns": ["Qué es", "Qué implica"],
                    "rows": [
                        {
                            "label": "Medicinas para el dolor (analgésicos)",
                            "cells": [
                                "Medicinas que bajan o quitan el dolor.",
                                (
                                    "Se toman muchas veces a diario, casi siempre por boca. No "
                                    "tratan el tumor."
                                ),
                            ],
                            "highlight": False,
                        },
                        {
                            "label": "Cirugía",
                            "cells": [
                                "Una operación para sacar el tumor o dar firmeza a la columna.",
                                (
                                    "Hace falta un corte, unos días en el hospital y tiempo para "
                                    "sanar."
                                ),
                            ],
                            "highlight": False,
                        },
                        {
                            "label": "Radioterapia convencional",
                            "cells": [
                                "Radiación al tumor y a la zona de alrededor.",
                                (
                                    "Se hace en varias visitas, sin quedarse en el hospital. La "
                                    "dosis es baja para cuidar la médula."
                                ),
                            ],
                            "highlight": False,
                        },
                        {
                            "label": "Quimioterapia",
                            "cells": [
                                "Medicinas que matan las células del cáncer en todo el cuerpo.",
                                "Se dan por boca o por la vena, muchas veces en ciclos.",
                            ],
                            "highlight": False,
                        },
                        {
                            "label": "Radiocirugía estereotáctica de columna",
                            "cells": [
                                "Una dosis alta de radiación apuntada con cuidado al tumor.",
                                (
                                    "No hay cortes ni hay que quedarse en el hospital. A veces "
                                    "basta una visita."
                                ),
                            ],
                            "highlight": True,
                        },
                    ],
                },
            ),
            ("heading", {"text": "Usar más de un tratamiento", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Muchas personas reciben más de uno de estos tratamientos. La "
                    "radiocirugía se puede usar sola o junto con otro tratamiento de la "
                    "columna.</p>"
                ),
            ),
            ("heading", {"text": "Elegir lo mejor para usted", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Cada tratamiento tiene sus metas, sus beneficios y sus riesgos. La mejor "
                    "opción depende de su tumor, de su salud y de lo que más le importa a usted. "
                    "Hable de cada opción con su equipo médico.</p>"
                ),
            ),
        ],
    },
    {
        "key": "how-it-works",
        "title": "Cómo funciona la radiocirugía estereotáctica de columna",
        "slug": "como-funciona",
        "summary": (
            "La radiocirugía envía una dosis fuerte y precisa de radiación a un tumor de la "
            "columna, y muy poca a la médula espinal y los nervios."
        ),
        "needs_medical_review": False,
        "body": [
            ("heading", {"text": "Qué quiere decir el nombre", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>El nombre es largo, pero cada parte es sencilla:</p>"
                    "<ul>"
                    "<li><b>Estereotáctica</b>: usa imágenes en 3D para encontrar un punto "
                    "exacto del cuerpo.</li>"
                    "<li><b>De columna</b>: trata la columna.</li>"
                    "<li><b>Radiocirugía</b>: radiación apuntada con el cuidado de un cirujano. "
                    "No hay cortes.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Cómo actúa la radiación", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>La radiación es un tipo de energía. En dosis altas, daña las células "
                    "del tumor para que dejen de crecer o mueran. También puede dañar células "
                    "sanas, por eso el equipo la mantiene lo más lejos posible de las partes "
                    "sanas del cuerpo.</p>"
                    "<p>En la radiocirugía, los rayos llegan desde muchos lados. Donde todos se "
                    "juntan, en el tumor, la dosis es alta. La médula y los nervios de al lado "
                    "reciben muy poca.</p>"
                ),
            ),
            ("illustration", HOW_IT_WORKS_ILLUSTRATION),
            ("heading", {"text": "Qué puede tratar", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>La radiocirugía puede tratar tumores con cáncer, que los médicos llaman "
                    "malignos. También puede tratar tumores sin cáncer, llamados benignos.</p>"
                    "<p>Se puede usar sola o con otros tratamientos de la columna, como la "
                    "cirugía o la radioterapia convencional.</p>"
                    "<p>Su equipo médico le puede explicar cómo se planearía su tratamiento.</p>"
                ),
            ),
        ],
    },
    {
        "key": "who-it-can-help",
        "title": "A quién puede ayudar",
        "slug": "a-quien-puede-ayudar",
        "summary": (
            "La radiocirugía se usa de varias formas. Lea sobre cada una para ver si tiene que "
            "ver con usted."
        ),
        "needs_medical_review": False,
        "body": [
            (
                "paragraph",
                (
                    "<p>Nuestro programa usa la radiocirugía de varias formas. La principal es "
                    "aliviar el dolor por metástasis en la columna. Elija un tema para saber "
                    "más.</p>"
                ),
            ),
            ("indication_link", {"page": "pain-relief", "text": ""}),
            ("indication_link", {"page": "first-line", "text": ""}),
            ("indication_link", {"page": "after-surgery", "text": ""}),
            ("indication_link", {"page": "boost", "text": ""}),
            ("indication_link", {"page": "salvage", "text": ""}),
            (
                "paragraph",
                "<p>Su equipo médico decidirá con usted si la radiocirugía es para usted.</p>",
            ),
        ],
    },
    {
        "key": "advantages",
        "title": "Ventajas del tratamiento",
        "slug": "ventajas",
        "summary": (
            "La radiocirugía no necesita cortes ni quedarse en el hospital, y casi nunca "
            "tiempo de recuperación. El alivio suele empezar en días o semanas."
        ),
        "needs_medical_review": False,
        "body": [
            ("heading", {"text": "Sin cortes y sin quedarse en el hospital", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>La radiocirugía no es invasiva: nada entra en su cuerpo. Es ambulatoria, "
                    "así que vuelve a casa el mismo día.</p>"
                ),
            ),
            ("key_fact", {"statistic": "recovery_time", "context": ""}),
            ("heading", {"text": "Pocas visitas", "level": "h2"}),
            (
                "key_fact",
                {
                    "statistic": "sessions",
                    "context": "Algunas personas necesitan más de una sesión. Su equipo "
                    "médico le dirá cuántas necesita.",
                },
            ),
            ("heading", {"text": "Alivio del dolor", "level": "h2"}),
            ("key_fact", {"statistic": "pain_relief", "context": ""}),
            ("key_fact", {"statistic": "relief_timing", "context": ""}),
            ("heading", {"text": "Calidad de vida", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>La calidad de vida es qué tan bien puede vivir su día a día. Con menos "
                    "dolor y menos visitas al hospital, le queda más tiempo para lo que le "
                    "importa.</p>"
                ),
            ),
            (
                "callout",
                {
                    "tone": "info",
                    "title": "¿Es para mí?",
                    "text": "<p>La radiocirugía no es para todos. Como todo tratamiento, puede "
                    "tener efectos secundarios. Su equipo médico le puede explicar sus "
                    "beneficios y sus riesgos en su caso.</p>",
                },
            ),
        ],
    },
    {
        "key": "preparing-for-treatment",
        "title": "Cómo prepararse y el día del tratamiento",
        "slug": "como-prepararse",
        "summary": (
            "Lo que suele pasar antes y durante la radiocirugía, desde la visita de "
            "planificación hasta que vuelve a casa."
        ),
        "needs_medical_review": True,
        "body": [
            ("heading", {"text": "Su visita de planificación", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Antes del tratamiento tendrá una visita de planificación. En esa "
                    "visita:</p>"
                    "<ul>"
                    "<li>Su equipo médico le explica el tratamiento y sus efectos secundarios, "
                    "y responde sus preguntas. Quizás le pidan firmar un consentimiento para "
                    "decir que está de acuerdo.</li>"
                    "<li>Le hacen imágenes, como una tomografía computarizada (TC) o una "
                    "resonancia magnética (RM). "
                    "Muestran su columna con detalle. El equipo las usa para ubicar el tumor y "
                    "la médula espinal.</li>"
                    "<li>Quizás le hagan un molde o una máscara a la medida de su cuerpo. Le "
                    "ayuda a quedar siempre en la misma posición. Debe quedar ajustado, pero "
                    "no debe doler.</li>"
                    "</ul>"
                    "<p>Después, el equipo planea su tratamiento. Esto toma tiempo, así que el "
                    "tratamiento suele ser otro día.</p>"
                ),
            ),
            ("heading", {"text": "Qué decirle a su equipo médico", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Dígale a su equipo:</p>"
                    "<ul>"
                    "<li>todas las medicinas que toma, también las del dolor, las vitaminas y "
                    "los productos de hierbas</li>"
                    "<li>si tiene un marcapasos u otro aparato dentro del cuerpo</li>"
                    "<li>si está embarazada o podría estarlo</li>"
                    "<li>si el dolor le impide quedarse acostado boca arriba sin moverse</li>"
                    "</ul>"
                    "<p>Si el dolor no le deja quedarse quieto, pregunte cómo controlarlo el día "
                    "del tratamiento.</p>"
                ),
            ),
            ("heading", {"text": "El día del tratamiento", "level": "h2"}),
            (
                "timeline",
                {
                    "title": "El día del tratamiento, paso a paso",
                    "steps": [
                        {"label": "Llegada", "description": "Se registra al llegar."},
                        {
                            "label": "Posición",
                            "description": "Se acuesta en la mesa, en su molde o máscara.",
                        },
                        {
                            "label": "Imágenes",
                            "description": "El equipo toma imágenes para revisar su posición.",
                        },
                        {
                            "label": "Tratamiento",
                            "description": "La máquina se mueve a su alrededor. No duele.",
                        },
                        {"label": "A casa", "description": "Vuelve a casa el mismo día."},
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li>Póngase ropa suelta y cómoda.</li>"
                    "<li>Si quiere, venga con un familiar o un amigo.</li>"
                    "<li>El equipo lo ayuda a acostarse en la mesa, en su molde o máscara, en la "
                    "misma posición que en la visita de planificación.</li>"
                    "<li>Quizás primero tomen imágenes para revisar su posición.</li>"
                    "<li>Durante el tratamiento, el personal sale de la sala. Lo ven y lo oyen "
                    "todo el tiempo, y usted puede hablar con ellos.</li>"
                    "<li>La máquina puede moverse a su alrededor y hacer ruido. Tiene que "
                    "quedarse muy quieto.</li>"
                    "</ul>"
                    "<p>El tratamiento no duele. La radiación no se ve ni se siente. Cuánto dura "
                    "cambia de una persona a otra. Su equipo le dirá qué esperar.</p>"
                ),
            ),
            ("heading", {"text": "De vuelta a casa", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Vuelve a casa el mismo día. La radiación no se queda en su cuerpo, así "
                    "que puede estar cerca de otras personas sin peligro.</p>"
                    "<p>Su equipo médico le dará instrucciones para su caso. Si son distintas "
                    "de esta guía, siga las de su equipo.</p>"
                ),
            ),
        ],
    },
    {
        "key": "after-treatment",
        "title": "Después del tratamiento",
        "slug": "despues-del-tratamiento",
        "summary": (
            "Qué esperar en los días y semanas después de la radiocirugía, sus consultas de "
            "control y cuándo llamar a su equipo médico."
        ),
        "needs_medical_review": True,
        "body": [
            ("heading", {"text": "Los primeros días", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Vuelve a casa el mismo día. Muchas personas retoman pronto sus "
                    "actividades de siempre. Pregunte a su equipo si hay algo que no debe hacer "
                    "por un tiempo.</p>"
                ),
            ),
            ("heading", {"text": "Posibles efectos secundarios", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Los efectos secundarios dependen de dónde está el tumor y de su salud. "
                    "Muchos son leves y pasan pronto, pero algunos pueden ser graves. Pueden "
                    "incluir:</p>"
                    "<ul>"
                    "<li>cansancio</li>"
                    "<li>más dolor en la zona tratada por un tiempo corto. Se llama "
                    "exacerbación del dolor.</li>"
                    "<li>malestar de estómago, o dificultad para tragar, si la zona tratada está "
                    "cerca del estómago o la garganta</li>"
                    "</ul>"
                    "<p>Algunos efectos pueden aparecer meses después. Por ejemplo, el hueso "
                    "tratado puede debilitarse y romperse. En casos raros, la radiación puede "
                    "dañar la médula o los nervios. Su equipo planea el tratamiento para que "
                    "este riesgo sea bajo. Pregunte qué efectos pueden afectarle a usted.</p>"
                ),
            ),
            ("heading", {"text": "Su dolor y sus medicinas", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>El alivio puede no llegar enseguida. Suele empezar en unos días o unas "
                    "semanas. Siga tomando sus medicinas para el dolor como le indique su "
                    "equipo. No las deje ni las cambie por su cuenta. Su equipo le dirá cuándo "
                    "puede tomar menos sin peligro.</p>"
                ),
            ),
            ("heading", {"text": "Consultas de control", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Después del tratamiento tendrá consultas de control. Su equipo revisa "
                    "cómo se siente y cómo ha cambiado su dolor. También le harán imágenes, como "
                    "una resonancia magnética (RM), para ver cómo respondió el tumor. Su equipo "
                    "le dirá cada cuánto necesita estas consultas.</p>"
                    "<p>Anote cómo va su dolor y cualquier síntoma nuevo, y lleve sus notas a "
                    "las consultas.</p>"
                ),
            ),
            ("heading", {"text": "Cuándo llamar", "level": "h2"}),
            URGENT_SYMPTOMS,
            (
                "paragraph",
                (
                    "<p>Llame también a su equipo médico si el dolor empeora mucho o si tiene "
                    "fiebre. Tenga su número de teléfono a mano.</p>"
                ),
            ),
        ],
    },
    {
        "key": "questions",
        "title": "Preguntas de los pacientes",
        "slug": "preguntas",
        "summary": (
            "Respuestas a preguntas frecuentes sobre la radiocirugía de columna. Su equipo "
            "médico puede responder sobre su propio tratamiento."
        ),
        "needs_medical_review": True,
        "body": [
            (
                "faq",
                {
                    "heading": "",
                    "questions": [
                        {
                            "question": "¿La radiocirugía es lo mismo que una cirugía?",
                            "answer": "<p>No. Aunque el nombre dice “cirugía”, no hay cortes. "
                            "La radiocirugía usa rayos de radiación desde fuera del cuerpo.</p>",
                        },
                        {
                            "question": "¿Me va a doler?",
                            "answer": "<p>El tratamiento no duele. La radiación no se ve ni se "
                            "siente. Quedarse quieto puede costar si tiene dolor. Avise a su "
                            "equipo si necesita ayuda para estar cómodo.</p>",
                        },
                        {
                            "question": "¿Cuántos tratamientos voy a necesitar?",
                            "answer": "<p>A veces basta una sola sesión. Algunas personas "
                            "necesitan más. Su equipo médico planeará las que usted "
                            "necesita.</p>",
                        },
                        {
                            "question": "¿Tendré que quedarme en el hospital?",
                            "answer": "<p>No por el tratamiento. Es ambulatorio: vuelve a casa "
                            "el mismo día. Quizás quiera que alguien lo lleve.</p>",
                        },
                        {
                            "question": "¿Cuándo se me va a quitar el dolor?",
                            "answer": "<p>El alivio suele empezar en unos días o unas semanas. "
                            "Cambia de una persona a otra. Algunas personas sienten poco o "
                            "ningún alivio. Avise a su equipo si el dolor no mejora.</p>",
                        },
                        {
                            "question": "¿Voy a quedar radiactivo después?",
                            "answer": "<p>No. La radiación viene de una máquina fuera de su "
                            "cuerpo y no se queda en usted. Puede estar cerca de otras "
                            "personas, también de niños, sin peligro.</p>",
                        },
                        {
                            "question": "¿Puedo recibir otros tratamientos para el cáncer?",
                            "answer": "<p>Muchas veces, sí. La radiocirugía se puede usar sola "
                            "o con otros tratamientos, como la cirugía, la quimioterapia o la "
                            "radioterapia convencional. Sus médicos planearán juntos cuándo hacer "
                            "cada uno.</p>",
                        },
                        {
                            "question": "¿La radiocirugía es para mí?",
                            "answer": "<p>Depende de su tumor, sus síntomas, sus tratamientos "
                            "anteriores y su salud. Solo su equipo médico le puede decir si es "
                            "una buena opción para usted. Pregúnteles por los beneficios y los "
                            "riesgos.</p>",
                        },
                    ],
                },
            ),
            (
                "paragraph",
                "<p>¿Tiene una pregunta que no está aquí? Anótela y hágasela a su equipo "
                "médico.</p>",
            ),
        ],
    },
]
