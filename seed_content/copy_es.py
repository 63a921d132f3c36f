"""The seed site's Spanish copy: its words only, under the ids ``structure`` names.

Written in plain Spanish for patients and families (usted, short sentences, everyday
words, medical terms explained), not translated word for word from ``copy_en``. Each
page and statistic becomes its English original's translation (same key, ``es``
locale). The form fields keep the English forms' clean names, so Intake's exports
line up across languages; only what people read is here.
"""

from seed_content.structure import RETENTION_MONTHS

CONTACT_TIMES = "Mañana (de 8 a. m. a 12 del mediodía)\nTarde (de 12 a 5 p. m.)\nA cualquier hora"

# Filled into Hospital settings' Spanish fields while the English ones are still the seed's.
SETTINGS = {
    "disclaimer": (
        "Este sitio web muestra publicidad para apoyar nuestra misión sin fines de lucro. El "
        "hospital no respalda ningún producto ni servicio que no sea suyo."
    ),
    "medical_disclaimer": (
        "Esta página da información general, no consejo médico. Hable con su equipo médico sobre "
        "su salud y su tratamiento."
    ),
}

# Each source's citation, as statistics cite it (structure.STATISTICS names the source).
SOURCES = {
    "cleveland-clinic": (
        "Cleveland Clinic, «Stereotactic Spinal Radiosurgery» (información para pacientes, en "
        "inglés)"
    ),
}

# Each figure in full: value, then measure, read as one sentence.
STATISTICS = {
    "cancer_diagnoses": {
        "value": "Más de 1 millón",
        "measure": "de personas reciben un diagnóstico de cáncer cada año en Estados Unidos.",
    },
    "skeletal_metastases": {
        "value": "70%",
        "measure": (
            "de las personas con cáncer también tienen cáncer que se extiende a los huesos "
            "(metástasis óseas)."
        ),
    },
    "spine_rank": {
        "value": "La columna",
        "measure": "es el tercer lugar del esqueleto donde más crecen estos tumores.",
    },
    "pain_relief": {
        "value": "Más del 80%",
        "measure": "de los pacientes sienten menos dolor después de la radiocirugía de columna.",
    },
    "relief_timing": {
        "value": "De unos días a unas semanas",
        "measure": "es lo que suele tardar en empezar el alivio del dolor.",
    },
    "sessions": {
        "value": "1 visita",
        "measure": (
            "puede ser todo el tratamiento que necesitan algunas personas, y vuelven a casa ese "
            "mismo día."
        ),
    },
    "recovery_time": {
        "value": "Casi nunca",
        "measure": (
            "hace falta tiempo de recuperación, porque no hay cortes ni hay que quedarse en el "
            "hospital."
        ),
    },
}

# The words of the blocks several pages share (structure.SHARED).
SHARED = {
    "urgent-symptoms": {
        "title": "Pida ayuda enseguida si tiene alguno de estos síntomas",
        "text": (
            "<ul><li>dolor nuevo en la espalda o el cuello, o un dolor que empeora, sobre todo de "
            "noche o al acostarse</li>"
            "<li>adormecimiento, hormigueo o debilidad en las piernas o los brazos</li>"
            "<li>sentirse inestable al estar de pie, o tener dificultad para caminar</li>"
            "<li>problemas para controlar la orina o las evacuaciones, o adormecimiento alrededor "
            "de las nalgas</li></ul>"
            "<p>Pueden ser señales de que un tumor está apretando la médula espinal o los "
            "nervios. Es una emergencia. No espere a su próxima consulta. Llame ahora al número "
            "urgente de su equipo médico, o llame al 911.</p>"
        ),
    },
    "how-it-works-drawing": {
        "alt_text": (
            "Dibujo de un hueso de la columna con un tumor, al lado de la médula espinal. Muchos "
            "rayos finos de radiación llegan desde distintos lados y se juntan en el tumor."
        ),
        "caption": (
            "Muchos rayos finos se juntan en el tumor. Juntos le dan una dosis fuerte. La médula "
            "espinal, que está cerca, recibe muy poca."
        ),
        "description": (
            "El dibujo muestra un hueso de la columna visto desde arriba, como si el cuerpo "
            "estuviera cortado de lado a lado. La parte redonda de adelante del hueso tiene un "
            "tumor. Justo detrás del tumor, dentro de un anillo de hueso, está la médula espinal. "
            "Ocho rayos finos de radiación llegan desde distintos lados. Todos se juntan en el "
            "tumor, así que el tumor recibe una dosis alta. Cada rayo solo es débil. Ningún rayo "
            "apunta a la médula, así que recibe muy poca radiación."
        ),
    },
}

# Each page's words, under its key in structure.PAGES; ``body`` holds its blocks' words.
PAGES = {
    "home": {
        "title": "Atención de tumores del cerebro y la columna",
        "slug": "inicio",
        "summary": (
            "Nuestro centro atiende a personas con tumores del cerebro y de la columna. Conozca "
            "nuestros programas, qué esperar y cómo pedir una cita."
        ),
    },
    "program": {
        "title": "Programa de Radiocirugía Estereotáctica de Columna",
        "slug": "radiocirugia-de-columna",
        "summary": (
            "La radiocirugía de columna envía radiación fuerte y precisa a los tumores de la "
            "columna. Puede aliviar el dolor sin operar. A veces basta una sola visita, y usted "
            "vuelve a casa el mismo día."
        ),
        "indications_heading": "A quién puede ayudar este tratamiento",
        "body_location": "Columna",
        "how_performed": (
            "Muchos rayos finos de radiación llegan desde distintos ángulos y se juntan en el "
            "tumor. Las imágenes y un molde que lo mantiene quieto guían la puntería. No hay "
            "cortes."
        ),
        "follow_up": (
            "Consultas e imágenes con su equipo médico en las semanas y meses después del "
            "tratamiento."
        ),
        "appointment_heading": "Cómo pedir una cita",
        "appointment_text": (
            "Usted, un familiar o su médico pueden llamarnos o pedir una cita por internet. "
            "Nuestro equipo responde sus preguntas y lo ayuda con los siguientes pasos."
        ),
        "body": {
            "what-it-is": "Qué es y a quién puede ayudar",
            "what-it-is-text": (
                "<p>La <b>radiocirugía estereotáctica de columna</b> es un tratamiento con "
                "radiación para los tumores de la columna. Envía una dosis alta de radiación al "
                "tumor con mucho cuidado. No hay cortes, y usted vuelve a casa el mismo día.</p>"
                "<p>Se usa sobre todo para el cáncer que se ha extendido a los huesos de la "
                "columna. Los médicos llaman a estos tumores <b>metástasis en la columna</b>. Las "
                "metas son aliviar el dolor y controlar el tumor. Controlar el tumor quiere decir "
                "evitar que crezca.</p>"
                "<p>La radiocirugía también puede tratar tumores sin cáncer (benignos). Se puede "
                "usar sola o junto con otro tratamiento, como la cirugía. Nuestro hospital es uno "
                "de los pocos centros del país que la ofrecen.</p>"
                "<p>Sin tratamiento, los tumores de la columna pueden debilitarla. También pueden "
                "apretar la médula espinal o los nervios. Eso puede causar un dolor fuerte, "
                "pérdida de sensación o de fuerza, y hasta parálisis. Por eso ayuda tratarlos "
                "pronto.</p>"
            ),
            "how-it-works": "Cómo funciona",
            "how-it-works-text": (
                "<p>“Estereotáctica” quiere decir que el equipo usa imágenes en 3D de su cuerpo "
                "para encontrar el punto exacto que hay que tratar. Aunque el nombre dice "
                "“cirugía”, no se hace ningún corte.</p>"
                "<p>Muchos rayos de radiación llegan desde fuera del cuerpo y se juntan en el "
                "tumor. Así, el tumor recibe una dosis fuerte. La médula espinal y los nervios de "
                "alrededor reciben muy poca.</p>"
            ),
            "compared": "Cómo se compara con otros tratamientos",
            "compared-text": (
                "<p>Hay varias formas de tratar los tumores de la columna y el dolor que causan. "
                "Muchas personas reciben más de una. Su equipo médico le puede decir qué opciones "
                "son para usted.</p>"
            ),
            "compared-table": {
                "caption": "Formas de tratar los tumores de la columna y el dolor que causan",
                "option_heading": "Tratamiento",
                "columns": {
                    "what-it-is": "Qué es",
                    "what-it-involves": "Qué implica",
                },
                "rows": {
                    "medicines": {
                        "label": "Medicinas para el dolor (analgésicos)",
                        "what-it-is": "Medicinas que bajan o quitan el dolor.",
                        "what-it-involves": (
                            "Se toman por boca u otras vías, muchas veces a diario. Alivian el "
                            "dolor, pero no tratan el tumor."
                        ),
                    },
                    "surgery": {
                        "label": "Cirugía",
                        "what-it-is": (
                            "Una operación para sacar el tumor o dar más firmeza a la columna."
                        ),
                        "what-it-involves": (
                            "Hace falta un corte en la piel, quedarse unos días en el hospital y "
                            "tiempo para sanar."
                        ),
                    },
                    "conventional-radiation": {
                        "label": "Radioterapia convencional",
                        "what-it-is": "Radiación al tumor y a una zona más amplia a su alrededor.",
                        "what-it-involves": (
                            "Se hace en varias visitas, sin quedarse en el hospital. La dosis es "
                            "más baja para cuidar la médula espinal."
                        ),
                    },
                    "chemotherapy": {
                        "label": "Quimioterapia",
                        "what-it-is": (
                            "Medicinas que matan las células del cáncer en todo el cuerpo."
                        ),
                        "what-it-involves": (
                            "Se dan por boca o por la vena, muchas veces en ciclos."
                        ),
                    },
                    "radiosurgery": {
                        "label": "Radiocirugía estereotáctica de columna",
                        "what-it-is": (
                            "Una dosis alta de radiación apuntada con mucho cuidado al tumor. La "
                            "médula y los nervios reciben muy poca."
                        ),
                        "what-it-involves": (
                            "No hay cortes ni hay que quedarse en el hospital. A veces basta una "
                            "visita."
                        ),
                    },
                },
            },
            "key-facts": "Datos importantes",
            "goals": "Las metas del tratamiento son aliviar el dolor y controlar el tumor.",
            "sessions-note": (
                "Algunas personas necesitan más de una sesión. Su equipo médico le dirá cuántas "
                "necesita."
            ),
        },
    },
    "indication:pain-relief": {
        "condition_name": "Metástasis en la columna",
        "title": "Alivio del dolor por metástasis en la columna",
        "slug": "alivio-del-dolor",
        "summary": (
            "El uso principal de la radiocirugía de columna es aliviar el dolor del cáncer que se "
            "ha extendido a la columna."
        ),
        "who_it_is_for": (
            "<p>Es para personas con cáncer que se ha extendido a los huesos de la columna. Estos "
            "tumores se llaman metástasis en la columna. Pueden causar un dolor que empieza de "
            "repente o que dura mucho tiempo.</p>"
            "<p>Su equipo médico puede hablarle de la radiocirugía si:</p><ul>"
            "<li>tiene cáncer que se ha extendido a la columna</li>"
            "<li>un tumor en la columna le causa dolor</li>"
            "<li>quiere conocer otras opciones además de las medicinas para el dolor y la "
            "cirugía</li></ul>"
            "<p>Su equipo revisará sus imágenes y su salud para ver si es buena para usted.</p>"
        ),
        "how_it_helps": (
            "<p>La radiocirugía envía una dosis fuerte de radiación justo al tumor. La radiación "
            "daña las células del tumor para que no sigan creciendo. Así puede bajar la presión y "
            "el dolor que causa el tumor.</p>"
            "<p>Las metas son aliviar el dolor y controlar el tumor. La mayoría de las personas "
            "tratadas así sienten algo de alivio. Suele empezar en unos días o unas semanas. No "
            "hay cortes, y vuelve a casa el mismo día.</p>"
            "<p>Pregunte a su equipo médico cuánto alivio puede esperar.</p>"
        ),
    },
    "indication:first-line": {
        "condition_name": "Tumores de la columna",
        "title": "La radiocirugía como primer tratamiento",
        "slug": "primer-tratamiento",
        "summary": (
            "Para algunos tumores de la columna, la radiocirugía puede ser el primer tratamiento, "
            "antes que otros o en lugar de ellos."
        ),
        "who_it_is_for": (
            "<p>El tratamiento “de primera línea” es el primero que se usa para un tumor.</p>"
            "<p>Es para algunas personas que acaban de saber que tienen un tumor en la columna. "
            "Puede ser un cáncer que llegó desde otra parte del cuerpo, o un tumor sin cáncer "
            "(benigno).</p>"
            "<p>No todos los tumores de la columna se pueden tratar así primero. Su equipo médico "
            "mira el tamaño del tumor, dónde está, sus síntomas y su salud en general.</p>"
        ),
        "how_it_helps": (
            "<p>La radiocirugía envía una dosis alta de radiación justo al tumor y muy poca a la "
            "médula espinal y los nervios. Para algunas personas, puede ser una opción en lugar "
            "de una operación.</p>"
            "<p>Si más adelante necesita otros tratamientos, muchas veces se puede usar junto con "
            "ellos.</p>"
            "<p>Pregunte a su equipo médico si puede ser un primer paso para usted.</p>"
        ),
    },
    "indication:after-surgery": {
        "condition_name": "Tumor que queda en la columna después de la cirugía",
        "title": "Tratar el tumor que queda después de una cirugía de columna",
        "slug": "despues-de-la-cirugia",
        "summary": (
            "A veces queda parte de un tumor después de una cirugía de columna. La radiocirugía "
            "puede tratar la parte que queda."
        ),
        "who_it_is_for": (
            "<p>Los cirujanos no siempre pueden sacar todo el tumor sin peligro. Una parte puede "
            "estar demasiado cerca de la médula espinal o de los nervios. Lo que queda se llama "
            "tumor residual.</p>"
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
    },
    "indication:boost": {
        "condition_name": "Tumores de la columna después de radioterapia convencional",
        "title": "Una dosis extra después de la radioterapia convencional",
        "slug": "dosis-extra",
        "summary": (
            "Después de la radioterapia convencional, la radiocirugía puede dar al tumor una "
            "dosis extra y precisa. Esto se llama refuerzo."
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
    },
    "indication:salvage": {
        "condition_name": "Tumores de la columna que no respondieron a otros tratamientos",
        "title": "Cuando otros tratamientos no funcionaron",
        "slug": "despues-de-otros-tratamientos",
        "summary": (
            "Si un tumor de la columna vuelve o sigue causando dolor después de otros "
            "tratamientos, la radiocirugía todavía puede ser una opción."
        ),
        "who_it_is_for": (
            "<p>Los médicos a veces lo llaman tratamiento “de rescate”. Es un tratamiento que se "
            "usa cuando los anteriores no funcionaron lo suficiente.</p>"
            "<p>Puede ser para personas cuyo tumor de la columna:</p><ul>"
            "<li>volvió después del tratamiento</li>"
            "<li>siguió creciendo durante el tratamiento</li>"
            "<li>sigue causando dolor después de otros tratamientos</li></ul>"
            "<p>Algunas de estas personas ya recibieron radiación en la misma parte de la "
            "columna. Su equipo médico tendrá en cuenta todos sus tratamientos anteriores.</p>"
        ),
        "how_it_helps": (
            "<p>La radiocirugía apunta al tumor con mucho cuidado. Por eso a veces se puede usar "
            "cuando otros tratamientos ya no son una opción. Las metas son aliviar el dolor y "
            "evitar que el tumor crezca.</p>"
            "<p>Su equipo médico le explicará lo que puede hacer y lo que no puede hacer por "
            "usted.</p>"
        ),
    },
    "guide": {
        "title": "Guía para pacientes sobre la radiocirugía de columna",
        "slug": "guia-para-pacientes",
        "summary": (
            "Una guía paso a paso para pacientes y familias. Explica los tumores de la columna, "
            "cómo funciona la radiocirugía, cómo prepararse y qué esperar después."
        ),
        "body": {
            "intro": (
                "<p>Esta guía es para personas que quizás reciban radiocirugía de columna, y "
                "también para sus familias y amigos. Explica el tratamiento con palabras "
                "sencillas.</p>"
                "<p>La guía tiene partes cortas. Puede leerlas en orden o ir directo a la que "
                "necesite. También puede leer la guía completa en una sola página o imprimirla "
                "para compartirla.</p>"
                "<p>Mientras lee, anote sus preguntas y llévelas a su próxima consulta.</p>"
            ),
        },
    },
    "guide-section:about-spinal-metastases": {
        "title": "Qué son las metástasis en la columna",
        "slug": "metastasis-en-la-columna",
        "summary": (
            "Qué son las metástasis en la columna, cómo pueden afectar su cuerpo y por qué ayuda "
            "tratarlas pronto."
        ),
        "body": {
            "what-they-are": "Qué son",
            "what-they-are-text": (
                "<p>El cáncer puede pasar del lugar donde empezó a otras partes del cuerpo. "
                "Cuando llega a los huesos, los médicos lo llaman <b>metástasis óseas</b>. Cuando "
                "llega a los huesos de la columna, se llama <b>metástasis en la columna</b>.</p>"
                "<p>La columna es una fila de huesos pequeños llamados vértebras. Protegen la "
                "médula espinal, que es un conjunto de nervios. La médula lleva los mensajes "
                "entre el cerebro y el resto del cuerpo.</p>"
            ),
            "how-they-affect-you": "Cómo pueden afectarle",
            "how-they-affect-you-text": (
                "<p>Las metástasis en la columna pueden causar dolor. El dolor puede empezar de "
                "repente (dolor agudo) o durar mucho tiempo (dolor persistente).</p>"
                "<p>Con el tiempo, el tumor puede debilitar los huesos de la columna. La columna "
                "puede quedar inestable: ya no sostiene el cuerpo tan bien como antes. Un tumor o "
                "un hueso débil también puede apretar la médula o los nervios. Los médicos lo "
                "llaman compresión.</p>"
                "<p>La compresión puede causar:</p><ul>"
                "<li>un dolor fuerte que hace difícil la vida diaria</li>"
                "<li>adormecimiento, debilidad u hormigueo</li>"
                "<li>problemas para controlar la orina o las evacuaciones</li>"
                "<li>parálisis, es decir, no poder mover una parte del cuerpo</li></ul>"
                "<p>Los médicos llaman disfunción neurológica a problemas como el adormecimiento "
                "y la debilidad. Quiere decir que los nervios no funcionan como deberían.</p>"
            ),
            "why-early": "Por qué importa tratarlas pronto",
            "why-early-text": (
                "<p>Estos problemas pueden empeorar si el tumor no se trata. Tratar pronto las "
                "metástasis en la columna puede aliviar el dolor y ayudar a proteger la médula y "
                "los nervios.</p>"
            ),
        },
    },
    "guide-section:treatment-options": {
        "title": "Sus opciones de tratamiento",
        "slug": "opciones-de-tratamiento",
        "summary": (
            "Las principales formas de tratar los tumores de la columna y el dolor que causan, "
            "una al lado de la otra."
        ),
        "body": {
            "at-a-glance": "Sus opciones de un vistazo",
            "at-a-glance-text": (
                "<p>Hay varias formas de tratar los tumores de la columna y el dolor que causan. "
                "La tabla explica cada una con palabras sencillas.</p>"
            ),
            "options-table": {
                "caption": "Tratamientos para los tumores de la columna y el dolor",
                "option_heading": "Tratamiento",
                "columns": {
                    "what-it-is": "Qué es",
                    "what-it-involves": "Qué implica",
                },
                "rows": {
                    "medicines": {
                        "label": "Medicinas para el dolor (analgésicos)",
                        "what-it-is": "Medicinas que bajan o quitan el dolor.",
                        "what-it-involves": (
                            "Se toman muchas veces a diario, casi siempre por boca. No tratan el "
                            "tumor."
                        ),
                    },
                    "surgery": {
                        "label": "Cirugía",
                        "what-it-is": (
                            "Una operación para sacar el tumor o dar firmeza a la columna."
                        ),
                        "what-it-involves": (
                            "Hace falta un corte, unos días en el hospital y tiempo para sanar."
                        ),
                    },
                    "conventional-radiation": {
                        "label": "Radioterapia convencional",
                        "what-it-is": "Radiación al tumor y a la zona de alrededor.",
                        "what-it-involves": (
                            "Se hace en varias visitas, sin quedarse en el hospital. La dosis es "
                            "baja para cuidar la médula."
                        ),
                    },
                    "chemotherapy": {
                        "label": "Quimioterapia",
                        "what-it-is": (
                            "Medicinas que matan las células del cáncer en todo el cuerpo."
                        ),
                        "what-it-involves": (
                            "Se dan por boca o por la vena, muchas veces en ciclos."
                        ),
                    },
                    "radiosurgery": {
                        "label": "Radiocirugía estereotáctica de columna",
                        "what-it-is": "Una dosis alta de radiación apuntada con cuidado al tumor.",
                        "what-it-involves": (
                            "No hay cortes ni hay que quedarse en el hospital. A veces basta una "
                            "visita."
                        ),
                    },
                },
            },
            "more-than-one": "Usar más de un tratamiento",
            "more-than-one-text": (
                "<p>Muchas personas reciben más de uno de estos tratamientos. La radiocirugía se "
                "puede usar sola o junto con otro tratamiento de la columna.</p>"
            ),
            "choosing": "Elegir lo mejor para usted",
            "choosing-text": (
                "<p>Cada tratamiento tiene sus metas, sus beneficios y sus riesgos. La mejor "
                "opción depende de su tumor, de su salud y de lo que más le importa a usted. "
                "Hable de cada opción con su equipo médico.</p>"
            ),
        },
    },
    "guide-section:how-it-works": {
        "title": "Cómo funciona la radiocirugía estereotáctica de columna",
        "slug": "como-funciona",
        "summary": (
            "La radiocirugía envía una dosis fuerte y precisa de radiación a un tumor de la "
            "columna, y muy poca a la médula espinal y los nervios."
        ),
        "body": {
            "the-name": "Qué quiere decir el nombre",
            "the-name-text": (
                "<p>El nombre es largo, pero cada parte es sencilla:</p><ul>"
                "<li><b>Estereotáctica</b>: usa imágenes en 3D para encontrar un punto exacto del "
                "cuerpo.</li>"
                "<li><b>De columna</b>: trata la columna.</li>"
                "<li><b>Radiocirugía</b>: radiación apuntada con el cuidado de un cirujano. No "
                "hay cortes.</li></ul>"
            ),
            "how-radiation-works": "Cómo actúa la radiación",
            "how-radiation-works-text": (
                "<p>La radiación es un tipo de energía. En dosis altas, daña las células del "
                "tumor para que dejen de crecer o mueran. También puede dañar células sanas, por "
                "eso el equipo la mantiene lo más lejos posible de las partes sanas del "
                "cuerpo.</p>"
                "<p>En la radiocirugía, los rayos llegan desde muchos lados. Donde todos se "
                "juntan, en el tumor, la dosis es alta. La médula y los nervios de al lado "
                "reciben muy poca.</p>"
            ),
            "what-it-can-treat": "Qué puede tratar",
            "what-it-can-treat-text": (
                "<p>La radiocirugía puede tratar tumores con cáncer, que los médicos llaman "
                "malignos. También puede tratar tumores sin cáncer, llamados benignos.</p>"
                "<p>Se puede usar sola o con otros tratamientos de la columna, como la cirugía o "
                "la radioterapia convencional.</p>"
                "<p>Su equipo médico le puede explicar cómo se planearía su tratamiento.</p>"
            ),
        },
    },
    "guide-section:who-it-can-help": {
        "title": "A quién puede ayudar",
        "slug": "a-quien-puede-ayudar",
        "summary": (
            "La radiocirugía se usa de varias formas. Lea sobre cada una para ver si tiene que "
            "ver con usted."
        ),
        "body": {
            "intro": (
                "<p>Nuestro programa usa la radiocirugía de varias formas. La principal es "
                "aliviar el dolor por metástasis en la columna. Elija un tema para saber más.</p>"
            ),
            "decide": (
                "<p>Su equipo médico decidirá con usted si la radiocirugía es para usted.</p>"
            ),
        },
    },
    "guide-section:advantages": {
        "title": "Ventajas del tratamiento",
        "slug": "ventajas",
        "summary": (
            "La radiocirugía no necesita cortes ni quedarse en el hospital, y casi nunca tiempo "
            "de recuperación. El alivio suele empezar en días o semanas."
        ),
        "body": {
            "no-cut": "Sin cortes y sin quedarse en el hospital",
            "no-cut-text": (
                "<p>La radiocirugía no es invasiva: nada entra en su cuerpo. Es ambulatoria, así "
                "que vuelve a casa el mismo día.</p>"
            ),
            "few-visits": "Pocas visitas",
            "sessions-note": (
                "Algunas personas necesitan más de una sesión. Su equipo médico le dirá cuántas "
                "necesita."
            ),
            "pain-relief": "Alivio del dolor",
            "quality-of-life": "Calidad de vida",
            "quality-of-life-text": (
                "<p>La calidad de vida es qué tan bien puede vivir su día a día. Con menos dolor "
                "y menos visitas al hospital, le queda más tiempo para lo que le importa.</p>"
            ),
            "right-for-me": {
                "title": "¿Es para mí?",
                "text": (
                    "<p>La radiocirugía no es para todos. Como todo tratamiento, puede tener "
                    "efectos secundarios. Su equipo médico le puede explicar sus beneficios y sus "
                    "riesgos en su caso.</p>"
                ),
            },
        },
    },
    "guide-section:preparing-for-treatment": {
        "title": "Cómo prepararse y el día del tratamiento",
        "slug": "como-prepararse",
        "summary": (
            "Lo que suele pasar antes y durante la radiocirugía, desde la visita de planificación "
            "hasta que vuelve a casa."
        ),
        "body": {
            "planning-visit": "Su visita de planificación",
            "planning-visit-text": (
                "<p>Antes del tratamiento tendrá una visita de planificación. En esa visita:</p>"
                "<ul><li>Su equipo médico le explica el tratamiento y sus efectos secundarios, y "
                "responde sus preguntas. Quizás le pidan firmar un consentimiento para decir que "
                "está de acuerdo.</li>"
                "<li>Le hacen imágenes, como una tomografía computarizada (TC) o una resonancia "
                "magnética (RM). Muestran su columna con detalle. El equipo las usa para ubicar "
                "el tumor y la médula espinal.</li>"
                "<li>Quizás le hagan un molde o una máscara a la medida de su cuerpo. Le ayuda a "
                "quedar siempre en la misma posición. Debe quedar ajustado, pero no debe "
                "doler.</li></ul>"
                "<p>Después, el equipo planea su tratamiento. Esto toma tiempo, así que el "
                "tratamiento suele ser otro día.</p>"
            ),
            "what-to-tell": "Qué decirle a su equipo médico",
            "what-to-tell-text": (
                "<p>Dígale a su equipo:</p><ul>"
                "<li>todas las medicinas que toma, también las del dolor, las vitaminas y los "
                "productos de hierbas</li>"
                "<li>si tiene un marcapasos u otro aparato dentro del cuerpo</li>"
                "<li>si está embarazada o podría estarlo</li>"
                "<li>si el dolor le impide quedarse acostado boca arriba sin moverse</li></ul>"
                "<p>Si el dolor no le deja quedarse quieto, pregunte cómo controlarlo el día del "
                "tratamiento.</p>"
            ),
            "treatment-day": "El día del tratamiento",
            "treatment-day-steps": {
                "title": "El día del tratamiento, paso a paso",
                "steps": {
                    "arrive": {
                        "label": "Llegada",
                        "description": "Se registra al llegar.",
                    },
                    "position": {
                        "label": "Posición",
                        "description": "Se acuesta en la mesa, en su molde o máscara.",
                    },
                    "imaging": {
                        "label": "Imágenes",
                        "description": "El equipo toma imágenes para revisar su posición.",
                    },
                    "treatment": {
                        "label": "Tratamiento",
                        "description": "La máquina se mueve a su alrededor. No duele.",
                    },
                    "go-home": {
                        "label": "A casa",
                        "description": "Vuelve a casa el mismo día.",
                    },
                },
            },
            "treatment-day-text": (
                "<ul><li>Póngase ropa suelta y cómoda.</li>"
                "<li>Si quiere, venga con un familiar o un amigo.</li>"
                "<li>El equipo lo ayuda a acostarse en la mesa, en su molde o máscara, en la "
                "misma posición que en la visita de planificación.</li>"
                "<li>Quizás primero tomen imágenes para revisar su posición.</li>"
                "<li>Durante el tratamiento, el personal sale de la sala. Lo ven y lo oyen todo "
                "el tiempo, y usted puede hablar con ellos.</li>"
                "<li>La máquina puede moverse a su alrededor y hacer ruido. Tiene que quedarse "
                "muy quieto.</li></ul>"
                "<p>El tratamiento no duele. La radiación no se ve ni se siente. Cuánto dura "
                "cambia de una persona a otra. Su equipo le dirá qué esperar.</p>"
            ),
            "going-home": "De vuelta a casa",
            "going-home-text": (
                "<p>Vuelve a casa el mismo día. La radiación no se queda en su cuerpo, así que "
                "puede estar cerca de otras personas sin peligro.</p>"
                "<p>Su equipo médico le dará instrucciones para su caso. Si son distintas de esta "
                "guía, siga las de su equipo.</p>"
            ),
        },
    },
    "guide-section:after-treatment": {
        "title": "Después del tratamiento",
        "slug": "despues-del-tratamiento",
        "summary": (
            "Qué esperar en los días y semanas después de la radiocirugía, sus consultas de "
            "control y cuándo llamar a su equipo médico."
        ),
        "body": {
            "first-days": "Los primeros días",
            "first-days-text": (
                "<p>Vuelve a casa el mismo día. Muchas personas retoman pronto sus actividades de "
                "siempre. Pregunte a su equipo si hay algo que no debe hacer por un tiempo.</p>"
            ),
            "side-effects": "Posibles efectos secundarios",
            "side-effects-text": (
                "<p>Los efectos secundarios dependen de dónde está el tumor y de su salud. Muchos "
                "son leves y pasan pronto, pero algunos pueden ser graves. Pueden incluir:</p><ul>"
                "<li>cansancio</li>"
                "<li>más dolor en la zona tratada por un tiempo corto. Se llama exacerbación del "
                "dolor.</li>"
                "<li>malestar de estómago, o dificultad para tragar, si la zona tratada está "
                "cerca del estómago o la garganta</li></ul>"
                "<p>Algunos efectos pueden aparecer meses después. Por ejemplo, el hueso tratado "
                "puede debilitarse y romperse. En casos raros, la radiación puede dañar la médula "
                "o los nervios. Su equipo planea el tratamiento para que este riesgo sea bajo. "
                "Pregunte qué efectos pueden afectarle a usted.</p>"
            ),
            "pain-medicines": "Su dolor y sus medicinas",
            "pain-medicines-text": (
                "<p>El alivio puede no llegar enseguida. Suele empezar en unos días o unas "
                "semanas. Siga tomando sus medicinas para el dolor como le indique su equipo. No "
                "las deje ni las cambie por su cuenta. Su equipo le dirá cuándo puede tomar menos "
                "sin peligro.</p>"
            ),
            "follow-up": "Consultas de control",
            "follow-up-text": (
                "<p>Después del tratamiento tendrá consultas de control. Su equipo revisa cómo se "
                "siente y cómo ha cambiado su dolor. También le harán imágenes, como una "
                "resonancia magnética (RM), para ver cómo respondió el tumor. Su equipo le dirá "
                "cada cuánto necesita estas consultas.</p>"
                "<p>Anote cómo va su dolor y cualquier síntoma nuevo, y lleve sus notas a las "
                "consultas.</p>"
            ),
            "when-to-call": "Cuándo llamar",
            "also-call": (
                "<p>Llame también a su equipo médico si el dolor empeora mucho o si tiene fiebre. "
                "Tenga su número de teléfono a mano.</p>"
            ),
        },
    },
    "guide-section:questions": {
        "title": "Preguntas de los pacientes",
        "slug": "preguntas",
        "summary": (
            "Respuestas a preguntas frecuentes sobre la radiocirugía de columna. Su equipo médico "
            "puede responder sobre su propio tratamiento."
        ),
        "body": {
            "questions": {
                "same-as-surgery": {
                    "question": "¿La radiocirugía es lo mismo que una cirugía?",
                    "answer": (
                        "<p>No. Aunque el nombre dice “cirugía”, no hay cortes. La radiocirugía "
                        "usa rayos de radiación desde fuera del cuerpo.</p>"
                    ),
                },
                "will-it-hurt": {
                    "question": "¿Me va a doler?",
                    "answer": (
                        "<p>El tratamiento no duele. La radiación no se ve ni se siente. Quedarse "
                        "quieto puede costar si tiene dolor. Avise a su equipo si necesita ayuda "
                        "para estar cómodo.</p>"
                    ),
                },
                "how-many": {
                    "question": "¿Cuántos tratamientos voy a necesitar?",
                    "answer": (
                        "<p>A veces basta una sola sesión. Algunas personas necesitan más. Su "
                        "equipo médico planeará las que usted necesita.</p>"
                    ),
                },
                "hospital-stay": {
                    "question": "¿Tendré que quedarme en el hospital?",
                    "answer": (
                        "<p>No por el tratamiento. Es ambulatorio: vuelve a casa el mismo día. "
                        "Quizás quiera que alguien lo lleve.</p>"
                    ),
                },
                "how-soon": {
                    "question": "¿Cuándo se me va a quitar el dolor?",
                    "answer": (
                        "<p>El alivio suele empezar en unos días o unas semanas. Cambia de una "
                        "persona a otra. Algunas personas sienten poco o ningún alivio. Avise a "
                        "su equipo si el dolor no mejora.</p>"
                    ),
                },
                "radioactive": {
                    "question": "¿Voy a quedar radiactivo después?",
                    "answer": (
                        "<p>No. La radiación viene de una máquina fuera de su cuerpo y no se "
                        "queda en usted. Puede estar cerca de otras personas, también de niños, "
                        "sin peligro.</p>"
                    ),
                },
                "other-treatments": {
                    "question": "¿Puedo recibir otros tratamientos para el cáncer?",
                    "answer": (
                        "<p>Muchas veces, sí. La radiocirugía se puede usar sola o con otros "
                        "tratamientos, como la cirugía, la quimioterapia o la radioterapia "
                        "convencional. Sus médicos planearán juntos cuándo hacer cada uno.</p>"
                    ),
                },
                "right-for-me": {
                    "question": "¿La radiocirugía es para mí?",
                    "answer": (
                        "<p>Depende de su tumor, sus síntomas, sus tratamientos anteriores y su "
                        "salud. Solo su equipo médico le puede decir si es una buena opción para "
                        "usted. Pregúnteles por los beneficios y los riesgos.</p>"
                    ),
                },
            },
            "not-here": (
                "<p>¿Tiene una pregunta que no está aquí? Anótela y hágasela a su equipo "
                "médico.</p>"
            ),
        },
    },
    "appointment-request": {
        "title": "Pida una cita",
        "slug": "pedir-una-cita",
        "summary": "Pídanos una cita. Llene un formulario corto y le llamaremos.",
        "intro": (
            "<p>Díganos cómo comunicarnos con usted y le llamaremos en un plazo de dos días "
            "hábiles. No necesita que un médico lo remita para pedirla.</p>"
            "<p><b>Este formulario no es para emergencias.</b> Si necesita ayuda enseguida, llame "
            "al 911.</p>"
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
            "<p>Si se siente peor o necesita ayuda antes, llámenos. En una emergencia, llame al "
            "911.</p>"
        ),
        "form_fields": {
            "full_name": {
                "label": "Su nombre completo",
            },
            "phone": {
                "label": "Número de teléfono",
                "help_text": "Denos un teléfono, un correo electrónico o los dos.",
            },
            "email": {
                "label": "Correo electrónico",
            },
            "contact_time": {
                "label": "¿Cuándo es un buen momento para llamarle?",
                "choices": CONTACT_TIMES,
            },
            "reason": {
                "label": "¿Cómo le podemos ayudar?",
                "help_text": (
                    "Con unas palabras basta, por ejemplo “Quiero saber si este tratamiento es "
                    "para mí”. Por favor, no envíe resultados de exámenes ni expedientes."
                ),
            },
            "consent": {
                "label": (
                    "Pueden comunicarse conmigo por teléfono o correo electrónico sobre esta "
                    "solicitud."
                ),
                "help_text": "Usamos sus datos solo para responder a esta solicitud.",
            },
        },
    },
    "referral": {
        "title": "Remitir a un paciente",
        "slug": "remitir-a-un-paciente",
        "summary": "Para médicos y enfermeras: remita a un paciente a nuestro programa.",
        "intro": (
            "<p>Use este formulario para remitir a un paciente a nuestro programa. Le llamaremos "
            "a usted o al paciente en un plazo de dos días hábiles para programar una visita. Le "
            "pediremos los expedientes cuando llamemos.</p>"
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
        "form_fields": {
            "full_name": {
                "label": "Su nombre completo",
                "help_text": "El médico que remite.",
            },
            "practice": {
                "label": "Consultorio u hospital",
            },
            "phone": {
                "label": "Su número de teléfono",
                "help_text": "Denos un teléfono, un correo electrónico o los dos.",
            },
            "email": {
                "label": "Su correo electrónico",
            },
            "patient_name": {
                "label": "Nombre completo del paciente",
            },
            "patient_date_of_birth": {
                "label": "Fecha de nacimiento del paciente",
                "help_text": "Día/mes/año, por ejemplo 27/03/1958.",
            },
            "contact_time": {
                "label": "¿Cuándo es un buen momento para llamarle?",
                "choices": CONTACT_TIMES,
            },
            "reason": {
                "label": "Motivo de la remisión",
                "help_text": (
                    "Un resumen corto. Le pediremos los expedientes cuando llamemos; no los "
                    "adjunte aquí."
                ),
            },
            "consent": {
                "label": "El paciente sabe de esta remisión y acepta que nos comuniquemos con él.",
            },
        },
    },
}
