"""The demo practice's procedures, explained for patients (facts from shared/content-facts.md), for
`manage.py load_demo_content`.

Texts are general patient information in plain language, never advice for one person.
"""

from demo.loading import create, sections_as_html

from . import demo_sections
from .models import Procedure, Reference

# Procedures in display order. Section texts are plain text; "\n\n" separates paragraphs; "" hides a section.
# "related" lists the slugs shown at the end of the page as other options.
PROCEDURES = [
    {
        "slug_en": "medial-branch-rhizotomy",
        "search_terms_en": "RFA, radiofrequency, nerve burning, burn the nerves, ablation",
        "search_terms_es": "RFA, quemar nervios, quemar los nervios, radiofrecuencia, ablación",
        "slug_es": "rizotomia-de-rama-medial",
        "display_order": 1,
        "name_en": "Medial branch rhizotomy",
        "name_es": "Rizotomía de la rama medial",
        "other_names_en": "Facet neurotomy, facet radiofrequency ablation, radiofrequency neurotomy",
        "other_names_es": (
            "Neurotomía facetaria por radiofrecuencia, ablación por radiofrecuencia de las facetas, "
            "neurotomía por radiofrecuencia"
        ),
        "summary_en": (
            "A medial branch rhizotomy uses heat from a radio-frequency probe to turn off small nerves in the spine. "
            "These nerves carry pain from the facet joints. It can ease this pain for many months."
        ),
        "summary_es": (
            "La rizotomía de la rama medial usa el calor de una sonda de radiofrecuencia para desactivar pequeños "
            "nervios de la columna. Estos nervios llevan el dolor de las articulaciones facetarias. "
            "Puede aliviar ese dolor por muchos meses."
        ),
        "what_it_is_en": (
            "The facet joints are small joints that link the bones of your spine. "
            "Each facet joint gets its feeling from two small nerve branches, called the medial branches. "
            "When a facet joint is worn or injured, these nerves can carry pain signals.\n\n"
            "A medial branch rhizotomy interrupts the nerve supply to a facet joint. Doctors call this denervation. "
            "A radio-frequency probe heats and destroys the two medial branches that supply each facet joint. "
            "With these nerves turned off, the joint sends fewer pain signals to the brain.\n\n"
            "Your doctor will tell you whether this procedure fits your type of pain."
        ),
        "what_it_is_es": (
            "Las articulaciones facetarias son pequeñas articulaciones que unen los huesos de la columna. "
            "La sensibilidad de cada articulación facetaria viene de dos pequeñas ramas nerviosas, "
            "que se conocen como ramas mediales. "
            "Cuando una de estas articulaciones está desgastada o lesionada, esos nervios pueden enviar señales "
            "de dolor.\n\n"
            "La rizotomía de la rama medial desactiva los nervios que llegan a la articulación facetaria. "
            "Los médicos llaman a esto denervación. "
            "Una sonda de radiofrecuencia calienta y destruye las dos ramas mediales que llegan a cada articulación "
            "facetaria. Así, la articulación envía menos señales de dolor al cerebro.\n\n"
            "Su médico le dirá si este procedimiento es adecuado para su tipo de dolor."
        ),
        "how_it_is_done_en": (
            "You lie face down (prone) on the procedure table. The doctor numbs the skin with local anesthesia. "
            "The doctor uses fluoroscopy, a live X-ray, to guide the needle to the right place.\n\n"
            "A thin radio-frequency needle is advanced to the base of the transverse process. "
            "This is a small bony bump on each side of a spine bone. "
            "The needle is placed along the course of the medial branch. "
            "Then its tip is heated to 70-80 °C for 90 seconds. The heat destroys the small nerve.\n\n"
            "At least two nerve branches are treated for each facet joint. "
            "If more than one joint is treated, the doctor repeats these steps at each level."
        ),
        "how_it_is_done_es": (
            "Usted se acuesta boca abajo (en posición prona) sobre la mesa. "
            "El médico adormece la piel con anestesia local. "
            "Para guiar la aguja, usa fluoroscopia, es decir, rayos X en vivo.\n\n"
            "El médico avanza una aguja delgada de radiofrecuencia hasta la base de la apófisis transversa. "
            "Esta es una pequeña parte de hueso que sale a cada lado de la vértebra. "
            "La aguja se coloca a lo largo del trayecto de la rama medial. "
            "Luego, la punta se calienta a entre 70 y 80 °C durante 90 segundos. "
            "El calor destruye el pequeño nervio.\n\n"
            "Se tratan al menos dos ramas nerviosas por cada articulación facetaria. "
            "Si se trata más de una articulación, el médico repite estos pasos en cada nivel."
        ),
        "how_long_en": (
            "The procedure takes 30 to 45 minutes, depending on how many levels are treated.\n\n"
            "Afterward, you rest for 30 minutes to 1 hour in the observation area. "
            "Our staff check on you before you go home."
        ),
        "how_long_es": (
            "El procedimiento dura de 30 a 45 minutos, según el número de niveles que se traten.\n\n"
            "Después, usted descansa de 30 minutos a 1 hora en el área de observación. "
            "Nuestro personal se asegura de que usted se sienta bien antes de que regrese a casa."
        ),
        "after_en": (
            "It is common to have more pain in the treated area of your back, in your leg, or in both. "
            "This pain can last for several days to several weeks. Rarely, it lasts several months.\n\n"
            "Your doctor will explain what to expect and when to call the office."
        ),
        "after_es": (
            "Es común sentir más dolor en la zona tratada de la espalda, en la pierna o en ambas. "
            "Este dolor puede durar de varios días a varias semanas. En raras ocasiones, dura varios meses.\n\n"
            "Su médico le explicará qué esperar y cuándo debe llamar a la clínica."
        ),
        "risks_en": (
            "Like any procedure, a rhizotomy has risks. Your doctor will talk with you about them before you decide. "
            "As with any needle procedure, there is a small risk of bleeding or infection.\n\n"
            "One possible risk is destabilization of the facet joint. "
            "This means the treated joint can become less steady. "
            "Exercises that strengthen the extensor (back) muscles after the procedure can prevent this."
        ),
        "risks_es": (
            "Como todo procedimiento, la rizotomía tiene riesgos. "
            "Su médico hablará con usted sobre ellos antes de que usted decida. "
            "Como con cualquier procedimiento con aguja, hay un pequeño riesgo de sangrado o infección.\n\n"
            "Un riesgo posible es la desestabilización de la articulación facetaria. "
            "Esto quiere decir que la articulación tratada puede perder firmeza. "
            "Los ejercicios que fortalecen los músculos extensores (los músculos de la espalda) después del "
            "procedimiento pueden prevenirlo."
        ),
        "results_en": (
            "When the pain comes only from the facet joints, there is about a 70% chance of pain relief. "
            "Relief typically lasts 9 months to 1.5 years (18 months). "
            "Results are different for each person, and no one can promise relief.\n\n"
            "Over time, the nerve grows back and the pain may return. "
            "If this happens, the procedure can be repeated.\n\n"
            "While the pain is relieved, vigorous physical therapy is needed. "
            "It strengthens the treated facet joint or joints.\n\n"
            "Many patients have both facet pain and discogenic (disc) pain. "
            "Each kind of pain needs its own, separate treatment."
        ),
        "results_es": (
            "Cuando el dolor viene solo de las articulaciones facetarias, hay alrededor de un 70% de probabilidad "
            "de alivio. Por lo general, el alivio dura de 9 meses a 1.5 años (año y medio). "
            "Los resultados varían de una persona a otra, y nadie puede garantizar el alivio.\n\n"
            "Con el tiempo, el nervio vuelve a crecer y el dolor puede regresar. "
            "Si esto pasa, el procedimiento se puede repetir.\n\n"
            "Mientras el dolor está aliviado, es necesaria una fisioterapia intensa. "
            "Esta terapia fortalece la articulación o las articulaciones facetarias tratadas.\n\n"
            "Muchas personas tienen dolor de las facetas y también dolor discogénico (de los discos). "
            "Cada tipo de dolor necesita su propio tratamiento, por separado."
        ),
        "related": [
            "medial-branch-block",
            "facet-joint-injection",
            "epidural-steroid-injection",
            "sacroiliac-joint-injection",
            "spinal-cord-stimulation",
        ],
    },
    {
        "slug_en": "medial-branch-block",
        "search_terms_en": "MBB, diagnostic block, nerve block, test injection",
        "search_terms_es": "bloqueo nervioso, bloqueo diagnóstico, inyección de prueba",
        "slug_es": "bloqueo-de-rama-medial",
        "display_order": 2,
        "name_en": "Medial branch block",
        "name_es": "Bloqueo de la rama medial",
        "other_names_en": "Medial branch nerve block, facet nerve block",
        "other_names_es": "Bloqueo del nervio de la rama medial, bloqueo de los nervios facetarios",
        "summary_en": (
            "A medial branch block is a test that numbs the small nerves of a facet joint for a few hours. "
            "If your pain eases, the joint is likely a source of your pain, and a rhizotomy may help."
        ),
        "summary_es": (
            "El bloqueo de la rama medial es una prueba que adormece por unas horas los pequeños nervios de una "
            "articulación facetaria. Si el dolor baja, es probable que venga de esa articulación, y una rizotomía "
            "podría ayudar."
        ),
        "what_it_is_en": (
            "A medial branch block is mainly a test. "
            "It helps show whether your pain comes from the facet joints of your spine. "
            "It is usually done before a medial branch rhizotomy.\n\n"
            "The doctor places a small amount of numbing medicine next to the medial branches. "
            "These are the small nerves that carry pain from the facet joints. "
            "If your pain goes down for a while, these joints are likely a source of your pain."
        ),
        "what_it_is_es": (
            "El bloqueo de la rama medial es, sobre todo, una prueba. "
            "Ayuda a saber si su dolor viene de las articulaciones facetarias de la columna. "
            "Por lo general, se hace antes de una rizotomía de la rama medial.\n\n"
            "El médico coloca una pequeña cantidad de anestésico junto a las ramas mediales. "
            "Estos son los pequeños nervios que llevan el dolor desde las articulaciones facetarias. "
            "Si su dolor baja por un tiempo, es probable que esas articulaciones sean una fuente de su dolor."
        ),
        "how_it_is_done_en": (
            "You lie face down on the table. The doctor numbs the skin with local anesthesia. "
            "Using a live X-ray (fluoroscopy), the doctor guides a thin needle close to the medial branches. "
            "A small amount of numbing medicine is injected at each level being tested."
        ),
        "how_it_is_done_es": (
            "Usted se acuesta boca abajo sobre la mesa. El médico adormece la piel con anestesia local. "
            "Con la ayuda de rayos X en vivo (fluoroscopia), guía una aguja delgada hasta cerca de las "
            "ramas mediales. "
            "Luego inyecta una pequeña cantidad de anestésico en cada nivel que se está evaluando."
        ),
        "how_long_en": (
            "The injection usually takes 15 to 30 minutes. You then rest for a short time before going home."
        ),
        "how_long_es": (
            "La inyección suele durar de 15 a 30 minutos. Después, usted descansa un rato antes de irse a casa."
        ),
        "after_en": (
            "You will be asked to keep track of your pain for the next several hours. "
            "Try doing things that usually hurt, and write down how much better you feel. "
            "Your doctor uses this record to plan the next steps.\n\n"
            "The numbing wears off within hours, and your usual pain will likely come back."
        ),
        "after_es": (
            "Le pedirán que anote cómo siente el dolor durante las siguientes horas. "
            "Intente hacer cosas que normalmente le duelen y anote cuánto mejor se siente. "
            "Su médico usará estas notas para planear los próximos pasos.\n\n"
            "El efecto del anestésico desaparece en unas horas, y lo más probable es que su dolor habitual regrese."
        ),
        "risks_en": (
            "Risks are low. They can include soreness where the needle went in, bleeding, infection "
            "or an allergic reaction to the medicine. Your doctor will review the risks with you."
        ),
        "risks_es": (
            "Los riesgos son bajos. Pueden incluir dolor donde entró la aguja, sangrado, infección "
            "o una reacción alérgica al medicamento. Su médico revisará los riesgos con usted."
        ),
        "results_en": (
            "The relief from a block is short, because the numbing medicine wears off. "
            "Some doctors repeat the block a second time to confirm the result. "
            "If the block eases your pain well, your doctor may suggest a medial branch rhizotomy for longer relief."
        ),
        "results_es": (
            "El alivio de un bloqueo es corto, porque el efecto del anestésico desaparece. "
            "Algunos médicos repiten el bloqueo una segunda vez para confirmar el resultado. "
            "Si el bloqueo alivia bien su dolor, su médico podría sugerirle una rizotomía de la rama medial "
            "para un alivio más duradero."
        ),
        "related": ["medial-branch-rhizotomy", "facet-joint-injection"],
    },
    {
        "slug_en": "facet-joint-injection",
        "search_terms_en": "facet injection, spine joint shot, cortisone shot",
        "search_terms_es": "inyección de cortisona, inyección en la columna",
        "slug_es": "inyeccion-facetaria",
        "display_order": 3,
        "name_en": "Facet joint injection",
        "name_es": "Inyección facetaria",
        "other_names_en": "Facet injection, intra-articular facet injection",
        "other_names_es": "Inyección en la articulación facetaria, inyección intraarticular facetaria",
        "summary_en": (
            "A facet joint injection places numbing medicine and a steroid into a facet joint of the spine. "
            "It can reduce pain and swelling in the joint and help show where the pain comes from."
        ),
        "summary_es": (
            "La inyección facetaria coloca un anestésico y un esteroide dentro de una articulación facetaria de la "
            "columna. Puede reducir el dolor y la inflamación, y ayudar a saber de dónde viene el dolor."
        ),
        "what_it_is_en": (
            "The facet joints are small joints at the back of the spine. "
            "They can become painful from arthritis, wear or injury.\n\n"
            "In this injection, the doctor puts a local anesthetic and a steroid (an anti-inflammatory medicine) "
            "into the joint. The injection can help in two ways. "
            "It can calm pain and swelling, and it can show whether that joint is causing your pain."
        ),
        "what_it_is_es": (
            "Las articulaciones facetarias son pequeñas articulaciones en la parte de atrás de la columna. "
            "Pueden doler por artritis, desgaste o una lesión.\n\n"
            "En esta inyección, el médico pone un anestésico local y un esteroide (un medicamento antiinflamatorio) "
            "dentro de la articulación. La inyección puede ayudar de dos maneras. "
            "Puede calmar el dolor y la inflamación, y puede mostrar si esa articulación es la que causa su dolor."
        ),
        "how_it_is_done_en": (
            "You lie face down on the table. The skin is numbed with local anesthesia. "
            "With live X-ray (fluoroscopy) guidance, the doctor places a thin needle into the joint. "
            "A small amount of contrast dye may be used to check the needle's position. "
            "Then the medicine is injected."
        ),
        "how_it_is_done_es": (
            "Usted se acuesta boca abajo sobre la mesa. Se adormece la piel con anestesia local. "
            "Con la guía de rayos X en vivo (fluoroscopia), el médico coloca una aguja delgada dentro de la "
            "articulación. A veces usa un poco de medio de contraste para revisar la posición de la aguja. "
            "Después inyecta el medicamento."
        ),
        "how_long_en": (
            "The injection usually takes 15 to 30 minutes. You then rest for a short time before going home."
        ),
        "how_long_es": (
            "La inyección suele durar de 15 a 30 minutos. Después, usted descansa un rato antes de irse a casa."
        ),
        "after_en": (
            "The area may feel sore for a day or two. The numbing medicine wears off in a few hours. "
            "The steroid may take a few days to start working. "
            "Your doctor will tell you when you can return to your usual activities."
        ),
        "after_es": (
            "La zona puede estar adolorida por uno o dos días. El efecto del anestésico desaparece en unas horas. "
            "El esteroide puede tardar unos días en hacer efecto. "
            "Su médico le dirá cuándo puede volver a sus actividades normales."
        ),
        "risks_en": (
            "Risks are uncommon. They include soreness, bleeding, infection and allergic reaction. "
            "Steroids can raise blood sugar for a few days, which matters for people with diabetes. "
            "Your doctor will review the risks with you."
        ),
        "risks_es": (
            "Los riesgos son poco comunes. Incluyen dolor en la zona, sangrado, infección y reacción alérgica. "
            "Los esteroides pueden subir el azúcar en la sangre por unos días. "
            "Esto es importante si usted tiene diabetes. "
            "Su médico revisará los riesgos con usted."
        ),
        "results_en": (
            "Relief varies from person to person. "
            "Some people feel better for weeks or months, while others get little relief. "
            "If the injection helps for only a short time, your doctor may talk with you about a medial branch block "
            "and a rhizotomy."
        ),
        "results_es": (
            "El alivio varía de una persona a otra. "
            "Algunas personas se sienten mejor por semanas o meses, y otras sienten poco alivio. "
            "Si la inyección ayuda solo por poco tiempo, su médico podría hablarle de un bloqueo de la rama medial "
            "y de una rizotomía."
        ),
        "related": ["medial-branch-rhizotomy", "medial-branch-block", "epidural-steroid-injection"],
    },
    {
        "slug_en": "epidural-steroid-injection",
        "search_terms_en": "ESI, epidural, cortisone shot, steroid shot, back shot",
        "search_terms_es": "epidural, inyección de cortisona, inyección en la espalda, esteroides",
        "slug_es": "inyeccion-epidural-de-esteroides",
        "display_order": 4,
        "name_en": "Epidural steroid injection",
        "name_es": "Inyección epidural de esteroides",
        "other_names_en": "Epidural injection, ESI",
        "other_names_es": "Inyección epidural, epidural con esteroides",
        "summary_en": (
            "An epidural steroid injection places anti-inflammatory medicine near irritated nerves in the spine. "
            "It is often used for pain that spreads from the back into a leg, or from the neck into an arm."
        ),
        "summary_es": (
            "La inyección epidural de esteroides coloca un medicamento antiinflamatorio cerca de los nervios "
            "irritados de la columna. "
            "Se usa a menudo para el dolor que baja de la espalda a la pierna o del cuello al brazo."
        ),
        "what_it_is_en": (
            "The epidural space surrounds the nerves inside the spine. "
            "A herniated disc or a narrowing of the spine (spinal stenosis) can press on and irritate these nerves. "
            "This can cause pain, numbness or tingling in a leg or arm, such as sciatica.\n\n"
            "In this injection, the doctor puts a steroid into the epidural space. "
            "The steroid lowers swelling around the nerves, which can ease the pain."
        ),
        "what_it_is_es": (
            "El espacio epidural rodea los nervios dentro de la columna. "
            "Una hernia de disco o un estrechamiento de la columna (estenosis espinal) puede presionar e irritar "
            "estos nervios. Esto puede causar dolor, adormecimiento u hormigueo en la pierna o el brazo, como la "
            "ciática.\n\n"
            "En esta inyección, el médico pone un esteroide en el espacio epidural. "
            "El esteroide baja la inflamación alrededor de los nervios, lo que puede aliviar el dolor."
        ),
        "how_it_is_done_en": (
            "You lie on the table, usually face down. The skin is numbed with local anesthesia. "
            "Using live X-ray (fluoroscopy), the doctor guides a thin needle into the epidural space. "
            "Contrast dye helps confirm the right spot. "
            "Then the steroid, often mixed with a numbing medicine, is injected."
        ),
        "how_it_is_done_es": (
            "Usted se acuesta sobre la mesa, por lo general boca abajo. Se adormece la piel con anestesia local. "
            "Con la guía de rayos X en vivo (fluoroscopia), el médico lleva una aguja delgada hasta el "
            "espacio epidural. "
            "Un medio de contraste ayuda a confirmar el lugar correcto. "
            "Luego inyecta el esteroide, muchas veces mezclado con un anestésico."
        ),
        "how_long_en": (
            "The injection usually takes 15 to 30 minutes. You then rest for a short time in the observation area."
        ),
        "how_long_es": (
            "La inyección suele durar de 15 a 30 minutos. Después, usted descansa un rato en el área de observación."
        ),
        "after_en": (
            "You may be sore where the needle went in for a few days. "
            "The steroid may take several days to work. "
            "Your doctor will tell you when you can go back to your normal activities."
        ),
        "after_es": (
            "Puede sentir algo de dolor donde entró la aguja durante unos días. "
            "El esteroide puede tardar varios días en hacer efecto. "
            "Su médico le dirá cuándo puede volver a sus actividades normales."
        ),
        "risks_en": (
            "Serious problems are rare. Possible risks include headache, bleeding, infection "
            "and a short rise in blood sugar. Very rarely, a nerve can be injured. "
            "Your doctor will review the risks with you."
        ),
        "risks_es": (
            "Los problemas graves son raros. Los riesgos posibles incluyen dolor de cabeza, sangrado, infección "
            "y una subida pasajera del azúcar en la sangre. Muy rara vez puede haber una lesión de un nervio. "
            "Su médico revisará los riesgos con usted."
        ),
        "results_en": (
            "Many people get relief that lasts weeks to months. Some need more than one injection. "
            "Results vary. Your doctor can explain how the injection fits into a wider plan "
            "that may include exercise and physical therapy."
        ),
        "results_es": (
            "Muchas personas sienten un alivio que dura semanas o meses. Algunas necesitan más de una inyección. "
            "Los resultados varían. Su médico le puede explicar cómo encaja la inyección en un plan más amplio, "
            "que puede incluir ejercicio y fisioterapia."
        ),
        "related": ["medial-branch-rhizotomy", "facet-joint-injection", "spinal-cord-stimulation"],
    },
    {
        "slug_en": "sacroiliac-joint-injection",
        "search_terms_en": "SI joint, SI injection, buttock pain, hip pain",
        "search_terms_es": "articulación SI, dolor de nalga, dolor de cadera",
        "slug_es": "inyeccion-sacroiliaca",
        "display_order": 5,
        "name_en": "Sacroiliac joint injection",
        "name_es": "Inyección sacroilíaca",
        "other_names_en": "SI joint injection, sacroiliac joint block",
        "other_names_es": "Inyección en la articulación sacroilíaca, bloqueo de la articulación sacroilíaca",
        "summary_en": (
            "A sacroiliac joint injection places numbing medicine and a steroid into the joint where the spine meets "
            "the pelvis. It can ease low back or buttock pain and help show where the pain comes from."
        ),
        "summary_es": (
            "La inyección sacroilíaca coloca un anestésico y un esteroide en la articulación donde la columna "
            "se une con la pelvis. Puede aliviar el dolor de la parte baja de la espalda o de la nalga, y ayudar a "
            "saber de dónde viene el dolor."
        ),
        "what_it_is_en": (
            "The sacroiliac (SI) joints connect the bottom of the spine to the pelvis, one on each side. "
            "When one of them is inflamed or does not move well, it can cause pain in the low back, the buttock "
            "and sometimes the leg.\n\n"
            "The injection places a local anesthetic and a steroid into the joint. "
            "It can reduce pain and also help show whether the joint is the source."
        ),
        "what_it_is_es": (
            "Las articulaciones sacroilíacas unen la parte baja de la columna con la pelvis, una a cada lado. "
            "A veces una de ellas se inflama o no se mueve bien. "
            "Esto puede causar dolor en la parte baja de la espalda, en la nalga y a veces en la pierna.\n\n"
            "La inyección coloca un anestésico local y un esteroide dentro de la articulación. "
            "Puede reducir el dolor y también ayudar a saber si esa articulación es la causa."
        ),
        "how_it_is_done_en": (
            "You lie face down on the table. The skin is numbed with local anesthesia. "
            "Using live X-ray (fluoroscopy), the doctor guides a thin needle into the joint. "
            "Contrast dye helps check the needle's position, and then the medicine is injected."
        ),
        "how_it_is_done_es": (
            "Usted se acuesta boca abajo sobre la mesa. Se adormece la piel con anestesia local. "
            "Con la guía de rayos X en vivo (fluoroscopia), el médico lleva una aguja delgada hasta la "
            "articulación. "
            "Un medio de contraste ayuda a revisar la posición de la aguja, y luego se inyecta el medicamento."
        ),
        "how_long_en": (
            "The injection usually takes 15 to 30 minutes. You then rest for a short time before going home."
        ),
        "how_long_es": (
            "La inyección suele durar de 15 a 30 minutos. Después, usted descansa un rato antes de irse a casa."
        ),
        "after_en": (
            "The area may feel numb or sore for a few hours. The steroid may take a few days to start working. "
            "Your doctor may ask you to keep track of your pain after the injection."
        ),
        "after_es": (
            "Puede sentir la zona adormecida o adolorida por unas horas. "
            "El esteroide puede tardar unos días en hacer efecto. "
            "Es posible que su médico le pida anotar cómo siente el dolor después de la inyección."
        ),
        "risks_en": (
            "Risks are uncommon. They include soreness, bleeding, infection, allergic reaction "
            "and a short rise in blood sugar. Your doctor will review them with you."
        ),
        "risks_es": (
            "Los riesgos son poco comunes. Incluyen dolor en la zona, sangrado, infección, reacción alérgica "
            "y una subida pasajera del azúcar en la sangre. Su médico los revisará con usted."
        ),
        "results_en": (
            "Relief varies. Some people feel better for weeks to months. "
            "If the injection helps, it can sometimes be repeated. Physical therapy is often part of the plan."
        ),
        "results_es": (
            "El alivio varía. Algunas personas se sienten mejor por semanas o meses. "
            "Si la inyección ayuda, a veces se puede repetir. La fisioterapia suele ser parte del plan."
        ),
        "related": ["medial-branch-rhizotomy", "facet-joint-injection", "epidural-steroid-injection"],
    },
    {
        "slug_en": "spinal-cord-stimulation",
        "search_terms_en": "SCS, stimulator, nerve stimulator, implant, pain pacemaker",
        "search_terms_es": "estimulador, neuroestimulador, implante, marcapasos para el dolor",
        "slug_es": "estimulacion-de-la-medula-espinal",
        "display_order": 6,
        "name_en": "Spinal cord stimulation",
        "name_es": "Estimulación de la médula espinal",
        "other_names_en": "Spinal cord stimulator, SCS, neurostimulation",
        "other_names_es": "Estimulador de la médula espinal, neuroestimulación",
        "summary_en": (
            "Spinal cord stimulation uses a small implanted device that sends mild electrical signals to the spinal "
            "cord. It may be an option for long-lasting pain when other treatments have not helped enough."
        ),
        "summary_es": (
            "La estimulación de la médula espinal usa un pequeño aparato implantado que envía señales eléctricas "
            "suaves a la médula. "
            "Puede ser una opción para el dolor de larga duración cuando otros tratamientos no bastan."
        ),
        "what_it_is_en": (
            "A spinal cord stimulator is a small device placed under the skin. "
            "Thin wires, called leads, sit in the space near the spinal cord. "
            "The device sends mild electrical signals that change or block pain messages before they reach the brain."
            "\n\n"
            "It is used for some types of long-term back, leg or nerve pain. "
            "It is usually considered when other treatments, such as medicines, therapy or injections, "
            "have not helped enough."
        ),
        "what_it_is_es": (
            "Un estimulador de la médula espinal es un pequeño aparato que se coloca debajo de la piel. "
            "Unos cables delgados, que se conocen como electrodos, quedan en el espacio cerca de la médula espinal. "
            "El aparato envía señales eléctricas suaves que cambian o bloquean los mensajes de dolor antes de que "
            "lleguen al cerebro.\n\n"
            "Se usa para algunos tipos de dolor de larga duración en la espalda, las piernas o los nervios. "
            "Por lo general, se considera cuando otros tratamientos, como medicamentos, terapia o inyecciones, "
            "no han ayudado lo suficiente."
        ),
        "how_it_is_done_en": (
            "Treatment happens in two steps. First comes a trial. "
            "Using local anesthesia and live X-ray, the doctor places temporary leads through a needle. "
            "The leads connect to a small device you wear outside the body for about a week. "
            "During that time, you keep track of how much it helps in daily life.\n\n"
            "If the trial eases your pain enough, your doctor may suggest a permanent device. "
            "It is placed under the skin in a short surgery, usually through small cuts."
        ),
        "how_it_is_done_es": (
            "El tratamiento se hace en dos pasos. Primero viene una prueba. "
            "Con anestesia local y rayos X en vivo, el médico coloca electrodos temporales a través de una aguja. "
            "Los electrodos se conectan a un pequeño aparato que usted lleva fuera del cuerpo por una semana, "
            "más o menos. Durante ese tiempo, usted anota cuánto le ayuda en su vida diaria.\n\n"
            "Si la prueba alivia bastante su dolor, su médico podría sugerirle un aparato permanente. "
            "Se coloca debajo de la piel en una cirugía corta, por lo general con incisiones pequeñas."
        ),
        "how_long_en": (
            "Placing the trial leads usually takes about an hour. The trial itself lasts about a week. "
            "The permanent implant is usually done as outpatient surgery, and most people go home the same day."
        ),
        "how_long_es": (
            "La colocación de los electrodos de prueba suele durar alrededor de una hora. "
            "La prueba dura más o menos una semana. "
            "El implante permanente suele hacerse como cirugía ambulatoria, y la mayoría de las personas regresan "
            "a casa el mismo día."
        ),
        "after_en": (
            "After the permanent implant, you will be sore where the device was placed. "
            "For several weeks, you will need to avoid bending, twisting and heavy lifting so the leads can settle. "
            "Your care team will show you how to use the remote control to adjust the device."
        ),
        "after_es": (
            "Después del implante permanente, tendrá algo de dolor donde se colocó el aparato. "
            "Durante varias semanas, deberá evitar agacharse, girar el cuerpo y cargar cosas pesadas. "
            "Así los electrodos se quedan en su lugar. "
            "Su equipo médico le enseñará a usar el control remoto para ajustar el aparato."
        ),
        "risks_en": (
            "Possible risks include infection, bleeding and the leads moving out of place. "
            "Sometimes the device needs to be adjusted, repaired or removed. "
            "Your doctor will talk with you about all the risks."
        ),
        "risks_es": (
            "Los riesgos posibles incluyen infección, sangrado y que los electrodos se muevan de lugar. "
            "A veces hay que ajustar, reparar o retirar el aparato. "
            "Su médico hablará con usted sobre todos los riesgos."
        ),
        "results_en": (
            "Many people who have a good trial feel less pain over time. "
            "Still, the device does not remove the cause of the pain. "
            "The trial helps you and your doctor decide before anything is implanted for good. "
            "Results vary from person to person."
        ),
        "results_es": (
            "Muchas personas con una buena prueba sienten menos dolor con el tiempo. "
            "Sin embargo, el aparato no elimina la causa del dolor. "
            "La prueba les ayuda a usted y a su médico a decidir antes de implantar algo de forma permanente. "
            "Los resultados varían de una persona a otra."
        ),
        "related": ["medial-branch-rhizotomy", "epidural-steroid-injection"],
    },
]


def load():
    """The procedures while there are none: [(what was added, the records to version)]."""
    if Procedure.objects.exists():
        return []
    related = {}
    for data in PROCEDURES:
        data = data | demo_sections.SECTIONS.get(data["slug_en"], {})
        fields = sections_as_html(Procedure, {name: value for name, value in data.items() if name != "related"})
        procedure = create(Procedure, {**fields, "demo": True})
        related[procedure] = data["related"]
        for order, (title_en, title_es, publisher, url_en, url_es) in enumerate(
            demo_sections.REFERENCES.get(data["slug_en"], [])
        ):
            fields = {"title_en": title_en, "title_es": title_es, "url_en": url_en, "url_es": url_es}
            create(Reference, {"procedure": procedure, "publisher": publisher, "display_order": order, **fields})
    for procedure, slugs in related.items():
        procedure.related.set(Procedure.objects.filter(slug_en__in=slugs))
    # A procedure's versions hold its references.
    return [(f"{len(PROCEDURES)} procedures", list(related))]
