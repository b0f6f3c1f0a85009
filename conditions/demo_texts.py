"""The demo practice's condition pages, in plain language in both languages, for conditions/demo_content.py.
General patient information, never advice for one person."""

# Conditions in display order. Section texts are plain text; "\n\n" separates paragraphs; a paragraph whose
# lines all start with "- " is a bulleted list. "procedures" lists the slugs of the procedures that may treat
# the condition or help find its cause.
CONDITIONS = [
    {
        "slug_en": "low-back-pain",
        "slug_es": "dolor-de-espalda-baja",
        "display_order": 1,
        "name_en": "Low back pain",
        "name_es": "Dolor de espalda baja",
        "other_names_en": "Lower back pain, lumbar pain, backache, lumbago",
        "other_names_es": ("Dolor lumbar, lumbalgia, lumbago, dolor de cintura, dolor en la parte baja de la espalda"),
        "search_terms_en": "back pain, sore back, bad back, pulled back, back strain",
        "search_terms_es": "dolor de espalda, dolor de riñones, espalda baja, espalda adolorida, cintura",
        "summary_en": (
            "Low back pain is pain in the lower part of your back. It is very common. "
            "Most of the time it gets better within a few weeks with self-care and staying active."
        ),
        "summary_es": (
            "El dolor de espalda baja es el dolor en la parte baja de la espalda. Es muy común. "
            "La mayoría de las veces mejora en unas semanas con cuidados en casa y sin dejar de moverse."
        ),
        "what_it_is_en": (
            "Low back pain is pain in the lower part of your back, between your ribs and your hips. "
            "It is one of the most common reasons people see a doctor. "
            "Most adults have it at some point in their lives.\n\n"
            "Pain that starts suddenly and lasts a few days to a few weeks is called acute low back pain. "
            "Pain that lasts for months is called chronic (long-term) low back pain.\n\n"
            "Most low back pain gets better with time. For some people, though, the pain lasts or keeps coming back."
        ),
        "what_it_is_es": (
            "El dolor de espalda baja es el dolor en la parte baja de la espalda, entre las costillas y la cadera. "
            "Es una de las razones más comunes para ir al médico. "
            "La mayoría de las personas adultas lo tienen alguna vez en la vida.\n\n"
            "Cuando el dolor empieza de repente y dura de unos días a unas semanas, se llama dolor lumbar agudo. "
            "Cuando dura meses, se llama dolor lumbar crónico (de larga duración).\n\n"
            "La mayoría de las veces, el dolor de espalda baja mejora con el tiempo. "
            "Pero en algunas personas el dolor no se quita o vuelve una y otra vez."
        ),
        "symptoms_en": (
            "Low back pain feels different from person to person. You may have:\n\n"
            "- A dull ache or a sharp, stabbing pain in your lower back\n"
            "- Stiffness that makes it hard to stand up straight, bend or twist\n"
            "- Muscle spasms (tight muscles that you cannot relax)\n"
            "- Pain that gets worse when you sit or stand for a long time, or when you lift something heavy\n"
            "- Pain that spreads to your buttock, hip or leg\n\n"
            "Pain that goes down your leg below the knee, often with numbness or tingling, may be sciatica. "
            "This happens when a nerve in the lower back is irritated."
        ),
        "symptoms_es": (
            "El dolor de espalda baja se siente diferente en cada persona. Usted puede tener:\n\n"
            "- Un dolor sordo o un dolor agudo, como punzadas, en la parte baja de la espalda\n"
            "- Rigidez que le hace difícil enderezarse, agacharse o girar el cuerpo\n"
            "- Espasmos musculares (músculos tensos que no se pueden relajar)\n"
            "- Dolor que empeora si pasa mucho tiempo en posición sentada o de pie, o si carga algo pesado\n"
            "- Dolor que se extiende a la nalga, la cadera o la pierna\n\n"
            "El dolor que baja por la pierna hasta debajo de la rodilla, muchas veces con adormecimiento u "
            "hormigueo, puede ser ciática. Esto pasa cuando un nervio de la parte baja de la espalda está irritado."
        ),
        "causes_en": (
            "Often, no single cause is found. Common causes include:\n\n"
            "- A strained muscle or a sprained ligament, often from lifting, twisting or a sudden movement\n"
            "- Wear and tear of the spine that comes with age, such as arthritis of the facet joints\n"
            "- A bulging or herniated disc that presses on a nerve\n"
            "- Narrowing of the space around the nerves in the spine (spinal stenosis)\n"
            "- Problems with the sacroiliac joints, where the spine meets the pelvis\n"
            "- An injury, such as a fall or a car accident\n\n"
            "Some things raise your chance of back pain. They include getting older, extra body weight, "
            "not being active, smoking, and jobs with heavy lifting or long hours of sitting.\n\n"
            "Rarely, back pain comes from a more serious problem. Examples are an infection, "
            "a broken bone caused by weak bones (osteoporosis), or cancer."
        ),
        "causes_es": (
            "Muchas veces no se encuentra una sola causa. Las causas comunes incluyen:\n\n"
            "- Un tirón en un músculo o un esguince en un ligamento, muchas veces por cargar algo, "
            "girar el cuerpo o hacer un movimiento brusco\n"
            "- El desgaste de la columna que llega con la edad, como la artritis de las articulaciones facetarias\n"
            "- Un disco abultado o una hernia de disco que presiona un nervio\n"
            "- El estrechamiento del espacio alrededor de los nervios de la columna (estenosis espinal)\n"
            "- Problemas en las articulaciones sacroilíacas, donde la columna se une con la pelvis\n"
            "- Una lesión, como una caída o un accidente de carro\n\n"
            "Algunas cosas aumentan la probabilidad de tener dolor de espalda. "
            "Por ejemplo, la edad, el sobrepeso, la falta de actividad física, fumar "
            "y los trabajos en los que se carga mucho peso o se pasan muchas horas en posición sentada.\n\n"
            "En raras ocasiones, el dolor de espalda se debe a un problema más grave. "
            "Algunos ejemplos son una infección, una fractura causada por huesos débiles (osteoporosis) o el cáncer."
        ),
        "diagnosis_en": (
            "Your doctor will ask about your pain: when it started, where you feel it, and what makes it better "
            "or worse. Your doctor will also examine your back and see how well you move. "
            "The exam checks the strength, reflexes and feeling in your legs.\n\n"
            "Most people with new low back pain do not need X-rays or an MRI right away. "
            "Your doctor may order imaging if the pain lasts, if you have numbness or weakness, "
            "or if there are signs of a more serious problem.\n\n"
            "When pain lasts, a diagnostic numbing injection can sometimes help show where it comes from. "
            "Examples are a medial branch block for the facet joints, or an injection into a sacroiliac joint."
        ),
        "diagnosis_es": (
            "Su médico le preguntará sobre su dolor: cuándo empezó, dónde lo siente y qué lo mejora o lo empeora. "
            "También le revisará la espalda y verá qué tan bien se mueve. "
            "En el examen se revisan la fuerza, los reflejos y la sensibilidad de las piernas.\n\n"
            "La mayoría de las personas con dolor de espalda baja reciente no necesitan radiografías "
            "ni una resonancia magnética enseguida. "
            "Su médico podría pedir estudios de imagen si el dolor continúa, si usted tiene adormecimiento o "
            "debilidad, o si hay señales de un problema más grave.\n\n"
            "Cuando el dolor continúa, a veces una inyección de anestésico para diagnóstico puede ayudar a saber "
            "de dónde viene. Por ejemplo, un bloqueo de la rama medial para las articulaciones facetarias, "
            "o una inyección en una articulación sacroilíaca."
        ),
        "treatment_en": (
            "Most low back pain gets better with self-care. These steps often help:\n\n"
            "- Stay as active as you can. Short walks are a good start. Long bed rest can slow healing.\n"
            "- Use ice or heat, whichever feels better.\n"
            "- Take over-the-counter pain medicine, such as acetaminophen or ibuprofen, as the label says. "
            "Ask your doctor first if you have other health problems or take other medicines.\n"
            "- Go back to your usual activities little by little. "
            "Avoid heavy lifting and twisting until you feel better.\n\n"
            "Physical therapy can teach you exercises to stretch and strengthen your back and belly muscles. "
            "These exercises can also help keep the pain from coming back.\n\n"
            "If the pain lasts or is severe, your doctor may suggest prescription medicines or a procedure. "
            "Depending on the cause, options may include a facet joint injection, a medial branch block and "
            "rhizotomy, an epidural steroid injection, or a sacroiliac joint injection. "
            "For long-lasting pain, spinal cord stimulation may be an option for some people. "
            "Your doctor will talk with you about which options may fit your type of pain. "
            "Only some people need surgery."
        ),
        "treatment_es": (
            "La mayor parte del dolor de espalda baja mejora con cuidados en casa. Estas medidas suelen ayudar:\n\n"
            "- Muévase lo más que pueda. Las caminatas cortas son un buen comienzo. "
            "Pasar mucho tiempo en cama puede retrasar la recuperación.\n"
            "- Use hielo o calor, lo que le haga sentir mejor.\n"
            "- Tome medicamentos para el dolor de venta libre (sin receta), como acetaminofén o ibuprofeno, "
            "según las indicaciones de la etiqueta. "
            "Pregúntele antes a su médico si tiene otros problemas de salud o toma otros medicamentos.\n"
            "- Vuelva poco a poco a sus actividades de siempre. "
            "Evite cargar cosas pesadas y girar el cuerpo hasta que se sienta mejor.\n\n"
            "La fisioterapia puede enseñarle ejercicios para estirar y fortalecer los músculos de la espalda "
            "y del abdomen. Estos ejercicios también pueden ayudar a que el dolor no regrese.\n\n"
            "Si el dolor continúa o es fuerte, su médico podría sugerirle medicamentos con receta o un "
            "procedimiento. Según la causa, las opciones pueden incluir una inyección facetaria, un bloqueo y una "
            "rizotomía de la rama medial, una inyección epidural de esteroides o una inyección sacroilíaca. "
            "Para el dolor de larga duración, la estimulación de la médula espinal puede ser una opción para "
            "algunas personas. "
            "Su médico hablará con usted sobre las opciones que podrían ser adecuadas para su tipo de dolor. "
            "Solo algunas personas necesitan cirugía."
        ),
        "when_to_call_en": (
            "Call 911 or go to the nearest emergency room if you have back pain with any of these:\n\n"
            "- Loss of control of your bladder or bowels\n"
            "- Numbness in your groin, genitals or inner thighs\n"
            "- Sudden weakness or numbness in both legs\n"
            "- Back pain after a serious fall, a car accident or another injury\n"
            "- Sudden, very bad pain in your back or belly, especially if you feel faint\n"
            "- Chest pain or trouble breathing\n\n"
            "Call your doctor right away if you have back pain with:\n\n"
            "- A fever that you cannot explain\n"
            "- Burning when you urinate, or blood in your urine\n"
            "- Weakness in a leg or foot that is new or getting worse\n"
            "- Weight loss that you cannot explain, or a history of cancer\n"
            "- Pain that is worse when you lie down or that wakes you up at night\n"
            "- Redness or swelling on your back\n\n"
            "Call us at 619-543-0144 to make an appointment if:\n\n"
            "- Your pain does not get better after a few weeks of self-care\n"
            "- Your pain keeps coming back, or it gets in the way of work, sleep or daily life\n"
            "- Pain, numbness or tingling spreads down your leg below the knee"
        ),
        "when_to_call_es": (
            "Llame al 911 o vaya a la sala de emergencias más cercana si tiene dolor de espalda con alguno de "
            "estos problemas:\n\n"
            "- Pérdida del control de la orina o las heces\n"
            "- Adormecimiento en la ingle, los genitales o la parte interna de los muslos\n"
            "- Debilidad o adormecimiento repentino en las dos piernas\n"
            "- Dolor de espalda después de una caída fuerte, un accidente de carro u otra lesión\n"
            "- Dolor muy fuerte y repentino en la espalda o el abdomen, sobre todo si siente que se va a desmayar\n"
            "- Dolor en el pecho o dificultad para respirar\n\n"
            "Llame a su médico de inmediato si tiene dolor de espalda con:\n\n"
            "- Fiebre sin causa conocida\n"
            "- Ardor al orinar o sangre en la orina\n"
            "- Debilidad en una pierna o un pie que es nueva o que empeora\n"
            "- Pérdida de peso sin explicación, o antecedentes de cáncer\n"
            "- Dolor que empeora al acostarse o que le despierta en la noche\n"
            "- Enrojecimiento o hinchazón en la espalda\n\n"
            "Llámenos al 619-543-0144 para hacer una cita si:\n\n"
            "- Su dolor no mejora después de unas semanas de cuidados en casa\n"
            "- Su dolor vuelve una y otra vez, o no le deja trabajar, dormir o hacer su vida diaria\n"
            "- El dolor, el adormecimiento o el hormigueo bajan por la pierna hasta debajo de la rodilla"
        ),
        "procedures": [
            "medial-branch-rhizotomy",
            "medial-branch-block",
            "facet-joint-injection",
            "epidural-steroid-injection",
            "sacroiliac-joint-injection",
            "spinal-cord-stimulation",
        ],
    },
    {
        "slug_en": "neck-pain",
        "slug_es": "dolor-de-cuello",
        "display_order": 2,
        "name_en": "Neck pain",
        "name_es": "Dolor de cuello",
        "other_names_en": "Stiff neck, cervical pain, cervicalgia",
        "other_names_es": "Cuello tieso, dolor cervical, cervicalgia",
        "search_terms_en": "sore neck, neck ache, crick in the neck, whiplash, pinched nerve in the neck",
        "search_terms_es": "tortícolis, cuello torcido, latigazo cervical, nuca, nervio pinchado en el cuello",
        "summary_en": (
            "Neck pain is pain or stiffness in your neck. It is common and often comes from tight muscles, "
            "posture or wear of the spine. It usually gets better with self-care."
        ),
        "summary_es": (
            "El dolor de cuello es dolor o rigidez en el cuello. Es común y muchas veces se debe a músculos tensos, "
            "a la postura o al desgaste de la columna. Por lo general mejora con cuidados en casa."
        ),
        "what_it_is_en": (
            "Your neck holds up your head and lets it move in many directions. "
            "It is made of the top part of your spine, along with muscles, ligaments, discs and nerves. "
            "A problem in any of these can cause pain.\n\n"
            "Neck pain is very common. Most of the time it is not serious and gets better on its own. "
            "For some people, it lasts for months or keeps coming back."
        ),
        "what_it_is_es": (
            "El cuello sostiene la cabeza y le permite moverse en muchas direcciones. "
            "Está formado por la parte de arriba de la columna, junto con músculos, ligamentos, discos y nervios. "
            "Un problema en cualquiera de ellos puede causar dolor.\n\n"
            "El dolor de cuello es muy común. La mayoría de las veces no es grave y mejora solo. "
            "En algunas personas, dura meses o vuelve una y otra vez."
        ),
        "symptoms_en": (
            "Neck pain can cause:\n\n"
            "- Pain or aching in the neck, often worse when you hold your head in one position for a long time\n"
            "- Stiffness that makes it hard to turn your head\n"
            "- Tight muscles or spasms in the neck and upper back\n"
            "- Headache, often at the back of the head\n"
            "- Pain that spreads to the shoulder, the shoulder blade or the arm\n\n"
            "If a nerve in the neck is pinched or irritated, you may also feel numbness, tingling or weakness "
            "in your arm or hand."
        ),
        "symptoms_es": (
            "El dolor de cuello puede causar:\n\n"
            "- Dolor o molestia en el cuello, muchas veces peor cuando tiene la cabeza en la misma posición "
            "mucho tiempo\n"
            "- Rigidez que le hace difícil voltear la cabeza\n"
            "- Músculos tensos o espasmos en el cuello y la parte alta de la espalda\n"
            "- Dolor de cabeza, muchas veces en la nuca\n"
            "- Dolor que se extiende al hombro, al omóplato o al brazo\n\n"
            "Si un nervio del cuello está comprimido o irritado, también puede sentir adormecimiento, hormigueo o "
            "debilidad en el brazo o la mano."
        ),
        "causes_en": (
            "Common causes include:\n\n"
            "- Muscle strain from poor posture, from looking down at a phone or computer for a long time, "
            "or from sleeping in an awkward position\n"
            "- Wear and tear of the spine with age, including arthritis of the facet joints\n"
            "- A herniated disc or bone spurs that press on a nerve\n"
            "- Injuries, such as whiplash from a car accident\n"
            "- Stress, which can make the neck muscles tense\n\n"
            "Less often, neck pain is a sign of an infection or another serious problem."
        ),
        "causes_es": (
            "Las causas comunes incluyen:\n\n"
            "- Tensión de los músculos por una mala postura, por pasar mucho tiempo con la cabeza agachada "
            "viendo el celular o la computadora, o por dormir en una mala posición\n"
            "- El desgaste de la columna con la edad, como la artritis de las articulaciones facetarias\n"
            "- Una hernia de disco o espolones de hueso que presionan un nervio\n"
            "- Lesiones, como el latigazo cervical en un accidente de carro\n"
            "- El estrés, que puede tensar los músculos del cuello\n\n"
            "Con menos frecuencia, el dolor de cuello es señal de una infección o de otro problema grave."
        ),
        "diagnosis_en": (
            "Your doctor will ask about your pain and how it started. "
            "Your doctor will also examine your neck, shoulders and arms. "
            "The exam checks how well your neck moves and tests the strength, reflexes and feeling in your arms.\n\n"
            "Many people do not need imaging. "
            "If your pain lasts, follows an injury, or comes with numbness or weakness, "
            "your doctor may order an X-ray, an MRI or a CT scan. "
            "A nerve test, such as an EMG, may also be done.\n\n"
            "If the facet joints may be the source, a medial branch block can help show whether they are causing "
            "your pain. It numbs the small nerves that carry pain from these joints."
        ),
        "diagnosis_es": (
            "Su médico le preguntará sobre su dolor y cómo empezó. "
            "También le revisará el cuello, los hombros y los brazos. "
            "En el examen se ve qué tan bien se mueve el cuello y se revisan la fuerza, los reflejos y la "
            "sensibilidad de los brazos.\n\n"
            "Muchas personas no necesitan estudios de imagen. "
            "Si el dolor continúa, empezó después de una lesión o viene con adormecimiento o debilidad, "
            "su médico podría pedir una radiografía, una resonancia magnética o una tomografía computarizada. "
            "También se puede hacer un estudio de los nervios, como una electromiografía (EMG).\n\n"
            "Si el dolor podría venir de las articulaciones facetarias, un bloqueo de la rama medial puede ayudar "
            "a saber si son la causa. Este bloqueo adormece los pequeños nervios que llevan el dolor desde esas "
            "articulaciones."
        ),
        "treatment_en": (
            "Most neck pain gets better with self-care:\n\n"
            "- Keep moving your neck gently. Avoid sudden movements and heavy lifting for a few days.\n"
            "- Use ice for the first few days. After that, use ice or heat, whichever feels better.\n"
            "- Take over-the-counter pain medicine as the label says. "
            "Ask your doctor first if you have other health problems or take other medicines.\n"
            "- Set your screen at eye level, and take breaks to change position.\n"
            "- Sleep with a pillow that supports your neck.\n\n"
            "Physical therapy can teach you stretches and exercises to strengthen your neck and improve your "
            "posture.\n\n"
            "If the pain lasts, your doctor may talk with you about prescription medicines or a procedure. "
            "Depending on the cause, options may include a facet joint injection, or a medial branch block and "
            "rhizotomy for facet joint pain. "
            "For pain that spreads into the arm, an epidural steroid injection may help. "
            "Only some people need surgery."
        ),
        "treatment_es": (
            "La mayor parte del dolor de cuello mejora con cuidados en casa:\n\n"
            "- Siga moviendo el cuello con suavidad. "
            "Evite los movimientos bruscos y cargar cosas pesadas por unos días.\n"
            "- Use hielo los primeros días. Después, use hielo o calor, lo que le haga sentir mejor.\n"
            "- Tome medicamentos para el dolor de venta libre (sin receta) según las indicaciones de la etiqueta. "
            "Pregúntele antes a su médico si tiene otros problemas de salud o toma otros medicamentos.\n"
            "- Ponga la pantalla a la altura de los ojos y tome descansos para cambiar de posición.\n"
            "- Duerma con una almohada que le sostenga bien el cuello.\n\n"
            "La fisioterapia puede enseñarle estiramientos y ejercicios para fortalecer el cuello y mejorar su "
            "postura.\n\n"
            "Si el dolor continúa, su médico podría hablarle de medicamentos con receta o de un procedimiento. "
            "Según la causa, las opciones pueden incluir una inyección facetaria, o un bloqueo y una rizotomía de "
            "la rama medial para el dolor de las articulaciones facetarias. "
            "Para el dolor que baja al brazo, puede ayudar una inyección epidural de esteroides. "
            "Solo algunas personas necesitan cirugía."
        ),
        "when_to_call_en": (
            "Call 911 or go to the nearest emergency room if:\n\n"
            "- Your neck pain started after a serious fall, a car accident or a blow to the head or neck. "
            "If you cannot move your arms or legs, stay still and have someone call 911.\n"
            "- You have neck or arm pain with chest pain, shortness of breath, sweating, nausea or jaw pain. "
            "These can be signs of a heart attack.\n"
            "- You have a fever and a headache, and your neck is so stiff that you cannot touch your chin to "
            "your chest.\n"
            "- You have sudden weakness or numbness in your arms or legs.\n"
            "- You lose control of your bladder or bowels.\n\n"
            "Call your doctor right away if:\n\n"
            "- You have numbness, tingling or weakness in your arm or hand\n"
            "- You have trouble walking or keeping your balance\n"
            "- You have trouble swallowing, or you feel a swollen gland or a lump in your neck\n"
            "- The pain is worse when you lie down, or it wakes you up at night\n\n"
            "Call us at 619-543-0144 to make an appointment if:\n\n"
            "- Your pain does not get better after a week or two of self-care\n"
            "- Over-the-counter medicine does not ease your pain\n"
            "- Your pain keeps coming back, or it makes it hard to work or sleep"
        ),
        "when_to_call_es": (
            "Llame al 911 o vaya a la sala de emergencias más cercana si:\n\n"
            "- El dolor de cuello empezó después de una caída fuerte, un accidente de carro o un golpe en la "
            "cabeza o el cuello. Si no puede mover los brazos o las piernas, no se mueva y pida a alguien que "
            "llame al 911.\n"
            "- Tiene dolor de cuello o de brazo junto con dolor en el pecho, falta de aire, sudor, náuseas o "
            "dolor en la mandíbula. Pueden ser señales de un ataque al corazón.\n"
            "- Tiene fiebre y dolor de cabeza, y el cuello tan rígido que no puede tocarse el pecho con la "
            "barbilla.\n"
            "- Tiene debilidad o adormecimiento repentino en los brazos o las piernas.\n"
            "- No puede controlar la orina o las heces.\n\n"
            "Llame a su médico de inmediato si:\n\n"
            "- Tiene adormecimiento, hormigueo o debilidad en el brazo o la mano\n"
            "- Tiene dificultad para caminar o para mantener el equilibrio\n"
            "- Tiene dificultad para tragar, o siente una glándula inflamada o una bolita en el cuello\n"
            "- El dolor empeora al acostarse o le despierta en la noche\n\n"
            "Llámenos al 619-543-0144 para hacer una cita si:\n\n"
            "- Su dolor no mejora después de una o dos semanas de cuidados en casa\n"
            "- Los medicamentos de venta libre no le quitan el dolor\n"
            "- Su dolor vuelve una y otra vez, o no le deja trabajar o dormir bien"
        ),
        "procedures": [
            "medial-branch-rhizotomy",
            "medial-branch-block",
            "facet-joint-injection",
            "epidural-steroid-injection",
        ],
    },
    {
        "slug_en": "sciatica",
        "slug_es": "ciatica",
        "display_order": 3,
        "name_en": "Sciatica",
        "name_es": "Ciática",
        "other_names_en": "Pinched nerve in the lower back, lumbar radiculopathy, leg pain from the back",
        "other_names_es": (
            "Nervio ciático, dolor del nervio ciático, nervio comprimido en la espalda baja, radiculopatía lumbar"
        ),
        "search_terms_en": "sciatic nerve, shooting leg pain, herniated disc, slipped disc, leg numbness",
        "search_terms_es": (
            "ciático, hernia de disco, disco salido, dolor en la pierna, pierna dormida, nervio pinchado, "
            "nervio pellizcado"
        ),
        "summary_en": (
            "Sciatica is pain, numbness or tingling that travels from the lower back down the back of one leg. "
            "It happens when a nerve in the lower back is pressed or irritated, and it often gets better on its own."
        ),
        "summary_es": (
            "La ciática es dolor, adormecimiento u hormigueo que baja desde la espalda baja por la parte de atrás "
            "de una pierna. Pasa cuando un nervio de la espalda baja está presionado o irritado, "
            "y muchas veces mejora sola."
        ),
        "what_it_is_en": (
            "The sciatic nerve is the largest nerve in your body. "
            "It starts from nerve roots in your lower back. "
            "It runs through your buttock and down the back of each leg.\n\n"
            "Sciatica is pain along the path of this nerve. "
            "It is a symptom of another problem, not a disease on its own. "
            "It usually affects only one side of the body.\n\n"
            "For many people, sciatica gets better with time and self-care. "
            "For others, it lasts longer or comes back."
        ),
        "what_it_is_es": (
            "El nervio ciático es el nervio más grande del cuerpo. "
            "Empieza en las raíces nerviosas de la espalda baja. "
            "Pasa por la nalga y baja por la parte de atrás de cada pierna.\n\n"
            "La ciática es el dolor a lo largo del camino de este nervio. "
            "Es un síntoma de otro problema, no una enfermedad en sí. "
            "Por lo general afecta solo un lado del cuerpo.\n\n"
            "En muchas personas, la ciática mejora con el tiempo y con cuidados en casa. "
            "En otras, dura más o vuelve."
        ),
        "symptoms_en": (
            "Symptoms of sciatica can include:\n\n"
            "- Pain that starts in the lower back or buttock and travels down the back of the thigh into the leg "
            "or foot\n"
            "- Pain that feels burning, sharp or like an electric shock\n"
            "- Numbness, tingling or a pins-and-needles feeling in the leg or foot\n"
            "- Weakness in the leg or foot\n"
            "- Pain that gets worse when you sit, cough or sneeze\n\n"
            "The pain in the leg is often worse than the pain in the back."
        ),
        "symptoms_es": (
            "Los síntomas de la ciática pueden incluir:\n\n"
            "- Dolor que empieza en la espalda baja o en la nalga y baja por la parte de atrás del muslo hasta la "
            "pierna o el pie\n"
            "- Dolor que se siente como ardor, como punzadas o como un toque eléctrico\n"
            "- Adormecimiento, hormigueo o sensación de piquetes en la pierna o el pie\n"
            "- Debilidad en la pierna o el pie\n"
            "- Dolor que empeora al sentarse, toser o estornudar\n\n"
            "Muchas veces, el dolor de la pierna es más fuerte que el de la espalda."
        ),
        "causes_en": (
            "Sciatica happens when something presses on or irritates the sciatic nerve or the nerve roots in your "
            "lower back that form it. Common causes include:\n\n"
            "- A herniated or slipped disc, when the soft cushion between two spine bones bulges out and presses "
            "on a nerve\n"
            "- Narrowing of the space around the nerves in the spine (spinal stenosis), which is more common in "
            "older adults\n"
            "- Bone spurs from arthritis of the spine\n"
            "- A spine bone that slips forward over the one below it (spondylolisthesis)\n"
            "- A tight muscle deep in the buttock that presses on the nerve (piriformis syndrome)\n\n"
            "Less often, the cause is an injury, an infection or a growth (tumor) in the spine."
        ),
        "causes_es": (
            "La ciática pasa cuando algo presiona o irrita el nervio ciático o las raíces nerviosas de la espalda "
            "baja que lo forman. Las causas comunes incluyen:\n\n"
            "- Una hernia de disco, cuando el cojín blando que hay entre dos vértebras se abulta hacia afuera y "
            "presiona un nervio\n"
            "- El estrechamiento del espacio alrededor de los nervios de la columna (estenosis espinal), que es "
            "más común en las personas mayores\n"
            "- Espolones de hueso causados por la artritis de la columna\n"
            "- Una vértebra que se desliza hacia adelante sobre la de abajo (espondilolistesis)\n"
            "- Un músculo tenso en lo profundo de la nalga que presiona el nervio (síndrome del piriforme)\n\n"
            "Con menos frecuencia, la causa es una lesión, una infección o un bulto (tumor) en la columna."
        ),
        "diagnosis_en": (
            "Your doctor will ask about your symptoms and examine your back and legs. "
            "You may be asked to walk on your heels and toes, or to raise one leg while you lie down. "
            "The exam checks the strength, reflexes and feeling in your legs.\n\n"
            "Many people do not need imaging at first. "
            "If the pain lasts for several weeks, or if you have weakness or other warning signs, "
            "your doctor may order an MRI or a CT scan. "
            "Nerve tests, such as an EMG, can show how well the nerves are working."
        ),
        "diagnosis_es": (
            "Su médico le preguntará sobre sus síntomas y le revisará la espalda y las piernas. "
            "Es posible que le pida caminar sobre los talones y las puntas de los pies, "
            "o levantar una pierna mientras está en posición acostada. "
            "En el examen se revisan la fuerza, los reflejos y la sensibilidad de las piernas.\n\n"
            "Muchas personas no necesitan estudios de imagen al principio. "
            "Si el dolor dura varias semanas, o si usted tiene debilidad u otras señales de alarma, "
            "su médico podría pedir una resonancia magnética o una tomografía computarizada. "
            "Los estudios de los nervios, como la electromiografía (EMG), muestran qué tan bien funcionan los "
            "nervios."
        ),
        "treatment_en": (
            "Sciatica often gets better with self-care:\n\n"
            "- Stay active. Short walks can help. Avoid long bed rest.\n"
            "- Use ice or heat on your lower back.\n"
            "- Take over-the-counter pain medicine as the label says, unless your doctor tells you not to.\n"
            "- Avoid heavy lifting and twisting while you heal.\n\n"
            "Physical therapy can help with stretching, strength and posture. "
            "Your doctor may also prescribe medicines for nerve pain or muscle spasms.\n\n"
            "If the pain lasts or is severe, an epidural steroid injection may ease the swelling around the nerve. "
            "For long-lasting leg pain that has not improved with other treatments, spinal cord stimulation may "
            "be an option for some people. "
            "Surgery may be needed if a nerve is badly pinched, if weakness gets worse, or if the pain does not "
            "improve. Your doctor will talk with you about which options fit your situation."
        ),
        "treatment_es": (
            "Muchas veces, la ciática mejora con cuidados en casa:\n\n"
            "- Siga con sus actividades. Las caminatas cortas pueden ayudar. Evite pasar mucho tiempo en cama.\n"
            "- Use hielo o calor en la espalda baja.\n"
            "- Tome medicamentos para el dolor de venta libre (sin receta) según las indicaciones de la etiqueta, "
            "a menos que su médico le diga que no lo haga.\n"
            "- Evite cargar cosas pesadas y girar el cuerpo mientras se recupera.\n\n"
            "La fisioterapia puede ayudar con los estiramientos, la fuerza y la postura. "
            "Su médico también podría recetarle medicamentos para el dolor de los nervios o para los espasmos "
            "musculares.\n\n"
            "Si el dolor continúa o es fuerte, una inyección epidural de esteroides puede bajar la inflamación "
            "alrededor del nervio. "
            "Para el dolor de pierna de larga duración que no ha mejorado con otros tratamientos, "
            "la estimulación de la médula espinal puede ser una opción para algunas personas. "
            "Se podría necesitar cirugía si un nervio está muy comprimido, si la debilidad empeora o si el dolor "
            "no mejora. Su médico hablará con usted sobre las opciones adecuadas para su caso."
        ),
        "when_to_call_en": (
            "Call 911 or go to the nearest emergency room if:\n\n"
            "- You lose control of your bladder or bowels\n"
            "- You have numbness in your groin, genitals or inner thighs\n"
            "- You have sudden weakness or numbness in both legs\n"
            "- The pain started after a serious fall, a car accident or another injury\n\n"
            "Call your doctor right away if:\n\n"
            "- You have weakness in your leg or foot that is new or getting worse, or your foot drags when you walk\n"
            "- You have a fever with your back pain\n"
            "- You have lost weight without trying\n"
            "- The pain is so bad that nothing helps you get comfortable\n\n"
            "Call us at 619-543-0144 to make an appointment if:\n\n"
            "- Your pain does not get better after a few weeks of self-care\n"
            "- The pain keeps coming back\n"
            "- Numbness or tingling in your leg does not go away\n"
            "- The pain makes it hard to walk, work or sleep"
        ),
        "when_to_call_es": (
            "Llame al 911 o vaya a la sala de emergencias más cercana si:\n\n"
            "- No puede controlar la orina o las heces\n"
            "- Tiene adormecimiento en la ingle, los genitales o la parte interna de los muslos\n"
            "- Tiene debilidad o adormecimiento repentino en las dos piernas\n"
            "- El dolor empezó después de una caída fuerte, un accidente de carro u otra lesión\n\n"
            "Llame a su médico de inmediato si:\n\n"
            "- Tiene debilidad en la pierna o el pie que es nueva o que empeora, o arrastra el pie al caminar\n"
            "- Tiene fiebre junto con el dolor de espalda\n"
            "- Ha bajado de peso sin proponérselo\n"
            "- El dolor es tan fuerte que nada le alivia\n\n"
            "Llámenos al 619-543-0144 para hacer una cita si:\n\n"
            "- Su dolor no mejora después de unas semanas de cuidados en casa\n"
            "- El dolor vuelve una y otra vez\n"
            "- El adormecimiento o el hormigueo en la pierna no se quita\n"
            "- El dolor no le deja caminar, trabajar o dormir bien"
        ),
        "procedures": ["epidural-steroid-injection", "spinal-cord-stimulation"],
    },
    {
        "slug_en": "facet-joint-pain",
        "slug_es": "dolor-de-las-articulaciones-facetarias",
        "display_order": 4,
        "name_en": "Facet joint pain",
        "name_es": "Dolor de las articulaciones facetarias",
        "other_names_en": "Facet joint syndrome, facet arthritis, facet arthropathy, arthritis of the spine",
        "other_names_es": "Síndrome facetario, dolor facetario, artrosis facetaria, artritis de la columna",
        "search_terms_en": "facet pain, facet syndrome, spine arthritis, spondylosis, worn joints",
        "search_terms_es": "desgaste de la columna, facetas, artrosis, espondilosis, columna gastada",
        "summary_en": (
            "Facet joint pain comes from the small joints at the back of the spine. "
            "It often causes an aching pain in the low back or neck. "
            "A numbing test injection can help show whether these joints are the source."
        ),
        "summary_es": (
            "El dolor de las articulaciones facetarias viene de las pequeñas articulaciones de la parte de atrás de "
            "la columna. Suele causar un dolor sordo en la espalda baja o el cuello. "
            "Una inyección de prueba con anestésico puede ayudar a saber si la causa está en esas articulaciones."
        ),
        "what_it_is_en": (
            "The facet joints are small joints at the back of your spine. "
            "They sit in pairs, one on each side, where the spine bones link together. "
            "They help your spine bend and twist, and they keep it from moving too far.\n\n"
            "Like other joints, the facet joints can wear down or get injured, and then they can hurt. "
            "Each facet joint gets its feeling from two small nerve branches, called the medial branches. "
            "These nerves carry pain signals from the joint.\n\n"
            "Facet joint pain can happen in the low back or in the neck. "
            "It is a common cause of long-lasting back and neck pain, especially as people get older."
        ),
        "what_it_is_es": (
            "Las articulaciones facetarias son pequeñas articulaciones en la parte de atrás de la columna. "
            "Están en pares, una a cada lado, donde se unen las vértebras. "
            "Ayudan a que la columna se doble y gire, y evitan que se mueva demasiado.\n\n"
            "Como otras articulaciones, las facetarias se pueden desgastar o lesionar, y entonces pueden doler. "
            "La sensibilidad de cada articulación facetaria viene de dos pequeñas ramas nerviosas, "
            "que se conocen como ramas mediales. Estos nervios llevan las señales de dolor desde la articulación.\n\n"
            "El dolor de las articulaciones facetarias puede darse en la espalda baja o en el cuello. "
            "Es una causa común de dolor de espalda y de cuello de larga duración, sobre todo con la edad."
        ),
        "symptoms_en": (
            "Facet joint pain often causes:\n\n"
            "- A dull, aching pain in the low back or neck, on one or both sides\n"
            "- Pain that spreads to the buttocks or upper thighs (from the low back), or to the back of the head, "
            "the shoulders or the upper back (from the neck)\n"
            "- Stiffness, often worse in the morning or after sitting still\n"
            "- Pain that gets worse when you lean backward, twist or stand for a long time\n"
            "- Pain that may ease when you bend forward a little\n\n"
            "Facet joint pain usually does not go below the knee or cause numbness. "
            "If you have these symptoms, a nerve may also be involved."
        ),
        "symptoms_es": (
            "El dolor de las articulaciones facetarias suele causar:\n\n"
            "- Un dolor sordo y continuo en la espalda baja o el cuello, de un lado o de los dos\n"
            "- Dolor que se extiende a las nalgas o a la parte de arriba de los muslos (desde la espalda baja), "
            "o a la nuca, los hombros o la parte alta de la espalda (desde el cuello)\n"
            "- Rigidez, muchas veces peor en la mañana o después de estar un rato sin moverse\n"
            "- Dolor que empeora al echarse hacia atrás, al girar el cuerpo o al estar de pie mucho tiempo\n"
            "- Dolor que puede aliviarse al inclinarse un poco hacia adelante\n\n"
            "Por lo general, el dolor de las articulaciones facetarias no baja más allá de la rodilla ni causa "
            "adormecimiento. Si usted tiene esos síntomas, es posible que también haya un nervio afectado."
        ),
        "causes_en": (
            "Common causes include:\n\n"
            "- Arthritis and wear and tear of the joints that comes with age (osteoarthritis)\n"
            "- Wear of the discs between the spine bones, which puts more load on the facet joints\n"
            "- An injury, such as whiplash from a car accident, a fall or a sports injury\n"
            "- Repeated strain on the spine, such as from heavy lifting or twisting"
        ),
        "causes_es": (
            "Las causas comunes incluyen:\n\n"
            "- La artritis y el desgaste de las articulaciones que llegan con la edad (artrosis)\n"
            "- El desgaste de los discos que hay entre las vértebras, que pone más peso sobre las articulaciones "
            "facetarias\n"
            "- Una lesión, como el latigazo cervical en un accidente de carro, una caída o una lesión deportiva\n"
            "- El esfuerzo repetido de la columna, por ejemplo al cargar cosas pesadas o al girar el cuerpo"
        ),
        "diagnosis_en": (
            "Your doctor will ask about your pain and examine your back or neck. "
            "Pressing on the joints or moving your spine in certain ways may bring on the pain.\n\n"
            "X-rays, an MRI or a CT scan can show wear or arthritis in the facet joints. "
            "But many people have these changes without any pain. "
            "So imaging alone cannot prove that a joint is causing your pain.\n\n"
            "A diagnostic numbing injection can help show whether the facet joints are the source. "
            "In a medial branch block, the doctor numbs the small nerves that carry pain from the joint. "
            "A facet joint injection places medicine into the joint itself. "
            "If your pain eases for a while afterward, the joint is likely a source of your pain."
        ),
        "diagnosis_es": (
            "Su médico le preguntará sobre su dolor y le revisará la espalda o el cuello. "
            "Al presionar las articulaciones o mover la columna de ciertas maneras, puede aparecer el dolor.\n\n"
            "Las radiografías, la resonancia magnética o la tomografía computarizada pueden mostrar desgaste o "
            "artritis en las articulaciones facetarias. "
            "Pero muchas personas tienen estos cambios sin sentir dolor. "
            "Por eso, los estudios de imagen por sí solos no pueden probar que una articulación cause su dolor.\n\n"
            "Una inyección de anestésico para diagnóstico puede ayudar a saber si el dolor viene de las "
            "articulaciones facetarias. "
            "En un bloqueo de la rama medial, el médico adormece los pequeños nervios que llevan el dolor desde la "
            "articulación. "
            "Una inyección facetaria pone el medicamento dentro de la articulación. "
            "Si su dolor baja por un tiempo después, es probable que esa articulación sea una fuente de su dolor."
        ),
        "treatment_en": (
            "Treatment often starts with:\n\n"
            "- Staying active and avoiding long periods in one position\n"
            "- Ice or heat\n"
            "- Over-the-counter pain medicine, taken as the label says\n"
            "- Physical therapy to stretch and strengthen the muscles that support your spine\n\n"
            "If the pain lasts, your doctor may talk with you about procedures. "
            "A facet joint injection places a numbing medicine and a steroid into the joint. "
            "Relief varies from person to person.\n\n"
            "If a medial branch block eases your pain well, a medial branch rhizotomy may be an option. "
            "It uses heat to turn off the medial branches, and it can ease the pain for many months. "
            "Over time the nerves grow back, and the procedure can be repeated. "
            "While the pain is relieved, vigorous physical therapy is needed to strengthen the treated joints.\n\n"
            "Many people have both facet pain and disc pain. Each kind of pain needs its own, separate treatment."
        ),
        "treatment_es": (
            "El tratamiento suele empezar con:\n\n"
            "- Mantenerse en movimiento y evitar pasar mucho tiempo en la misma posición\n"
            "- Hielo o calor\n"
            "- Medicamentos para el dolor de venta libre (sin receta), según las indicaciones de la etiqueta\n"
            "- Fisioterapia para estirar y fortalecer los músculos que sostienen la columna\n\n"
            "Si el dolor continúa, su médico podría hablarle de algunos procedimientos. "
            "La inyección facetaria pone un anestésico y un esteroide dentro de la articulación. "
            "El alivio varía de una persona a otra.\n\n"
            "Si un bloqueo de la rama medial alivia bien su dolor, la rizotomía de la rama medial puede ser una "
            "opción. Usa calor para desactivar las ramas mediales y puede aliviar el dolor por muchos meses. "
            "Con el tiempo, los nervios vuelven a crecer, y el procedimiento se puede repetir. "
            "Mientras el dolor está aliviado, es necesaria una fisioterapia intensa para fortalecer las "
            "articulaciones tratadas.\n\n"
            "Muchas personas tienen dolor de las facetas y también dolor de los discos. "
            "Cada tipo de dolor necesita su propio tratamiento, por separado."
        ),
        "when_to_call_en": (
            "Call 911 or go to the nearest emergency room if you have back or neck pain with:\n\n"
            "- Loss of control of your bladder or bowels\n"
            "- Sudden weakness or numbness in your arms or legs\n"
            "- Pain after a serious fall, a car accident or another injury\n"
            "- Chest pain, shortness of breath, or pain that spreads to your arm or jaw\n\n"
            "Call your doctor right away if you have:\n\n"
            "- A fever with back or neck pain\n"
            "- New numbness, tingling or weakness in an arm or leg\n"
            "- Weight loss that you cannot explain\n\n"
            "Call us at 619-543-0144 to make an appointment if:\n\n"
            "- Your pain lasts more than a few weeks or keeps coming back\n"
            "- Your pain makes it hard to work, sleep or do daily tasks\n"
            "- Your pain has come back after a rhizotomy that helped before\n"
            "- You want to know whether a medial branch block or another treatment may help you"
        ),
        "when_to_call_es": (
            "Llame al 911 o vaya a la sala de emergencias más cercana si tiene dolor de espalda o de cuello con:\n\n"
            "- Pérdida del control de la orina o las heces\n"
            "- Debilidad o adormecimiento repentino en los brazos o las piernas\n"
            "- Dolor después de una caída fuerte, un accidente de carro u otra lesión\n"
            "- Dolor en el pecho, falta de aire o dolor que se extiende al brazo o a la mandíbula\n\n"
            "Llame a su médico de inmediato si tiene:\n\n"
            "- Fiebre junto con dolor de espalda o de cuello\n"
            "- Adormecimiento, hormigueo o debilidad nuevos en un brazo o una pierna\n"
            "- Pérdida de peso sin explicación\n\n"
            "Llámenos al 619-543-0144 para hacer una cita si:\n\n"
            "- Su dolor dura más de unas semanas o vuelve una y otra vez\n"
            "- Su dolor no le deja trabajar, dormir o hacer sus tareas diarias\n"
            "- Su dolor regresó después de una rizotomía que antes le ayudó\n"
            "- Quiere saber si un bloqueo de la rama medial u otro tratamiento podría ayudarle"
        ),
        "procedures": ["medial-branch-block", "medial-branch-rhizotomy", "facet-joint-injection"],
    },
    {
        "slug_en": "sacroiliac-joint-pain",
        "slug_es": "dolor-de-la-articulacion-sacroiliaca",
        "display_order": 5,
        "name_en": "Sacroiliac joint pain",
        "name_es": "Dolor de la articulación sacroilíaca",
        "other_names_en": "SI joint pain, SI joint dysfunction, sacroiliac joint dysfunction, sacroiliitis",
        "other_names_es": ("Dolor sacroilíaco, disfunción sacroilíaca, dolor de la articulación SI, sacroileítis"),
        "search_terms_en": "buttock pain, hip pain, pelvic pain, SI joint, sacroiliac",
        "search_terms_es": "dolor de nalga, dolor de cadera, dolor de pelvis, sacroiliaca, articulación SI",
        "summary_en": (
            "Sacroiliac joint pain comes from one of the two joints where the spine meets the pelvis. "
            "It often causes pain in the low back and buttock on one side. "
            "A numbing injection into the joint can help find the cause."
        ),
        "summary_es": (
            "El dolor de la articulación sacroilíaca viene de una de las dos articulaciones donde la columna se une "
            "con la pelvis. Suele causar dolor en la espalda baja y la nalga de un lado. "
            "Una inyección de anestésico en la articulación puede ayudar a encontrar la causa."
        ),
        "what_it_is_en": (
            "The sacroiliac (SI) joints link the bottom of your spine to your pelvis, one on each side. "
            "Strong ligaments hold them together, so they move only a little. "
            "They help carry the weight of your upper body and absorb shock when you walk.\n\n"
            "An SI joint can hurt when it moves too much or too little, or when it becomes inflamed. "
            "SI joint pain is a common cause of low back pain. "
            "It is often mistaken for other back or hip problems."
        ),
        "what_it_is_es": (
            "Las articulaciones sacroilíacas unen la parte baja de la columna con la pelvis, una a cada lado. "
            "Unos ligamentos fuertes las mantienen unidas, por eso se mueven muy poco. "
            "Ayudan a cargar el peso de la parte de arriba del cuerpo y amortiguan los golpes al caminar.\n\n"
            "Una articulación sacroilíaca puede doler cuando se mueve demasiado o muy poco, o cuando se inflama. "
            "El dolor sacroilíaco es una causa común de dolor de espalda baja. "
            "Muchas veces se confunde con otros problemas de la espalda o de la cadera."
        ),
        "symptoms_en": (
            "Symptoms of SI joint pain can include:\n\n"
            "- Pain in the low back and buttock, often on one side\n"
            "- Pain that spreads to the hip, the groin or the back of the thigh\n"
            "- Pain when you stand up from a chair, climb stairs, walk or roll over in bed\n"
            "- Pain that gets worse when you stand or sit for a long time, or put your weight on one leg\n"
            "- Stiffness in the low back or hips\n\n"
            "Sometimes the pain goes down the leg and can feel like sciatica."
        ),
        "symptoms_es": (
            "Los síntomas del dolor sacroilíaco pueden incluir:\n\n"
            "- Dolor en la espalda baja y la nalga, muchas veces de un solo lado\n"
            "- Dolor que se extiende a la cadera, la ingle o la parte de atrás del muslo\n"
            "- Dolor al levantarse de una silla, subir escaleras, caminar o darse vuelta en la cama\n"
            "- Dolor que empeora al pasar mucho tiempo de pie o en posición sentada, o al apoyar el peso en una sola "
            "pierna\n"
            "- Rigidez en la espalda baja o en las caderas\n\n"
            "A veces el dolor baja por la pierna y se puede sentir como ciática."
        ),
        "causes_en": (
            "Common causes include:\n\n"
            "- Arthritis and wear of the joint with age\n"
            "- An injury, such as a fall onto the buttocks or a car accident\n"
            "- Pregnancy and childbirth, when the ligaments loosen and the way you walk changes\n"
            "- Walking in an uneven way, for example when one leg is longer than the other, or because of a hip or "
            "knee problem\n"
            "- Earlier surgery on the lower spine, such as a spinal fusion\n"
            "- Some types of arthritis that cause inflammation, such as ankylosing spondylitis\n\n"
            "Sometimes no clear cause is found."
        ),
        "causes_es": (
            "Las causas comunes incluyen:\n\n"
            "- La artritis y el desgaste de la articulación con la edad\n"
            "- Una lesión, como una caída de sentón (sobre las nalgas) o un accidente de carro\n"
            "- El embarazo y el parto, cuando los ligamentos se aflojan y cambia la forma de caminar\n"
            "- Caminar de forma dispareja, por ejemplo cuando una pierna es más larga que la otra, o por un "
            "problema de la cadera o de la rodilla\n"
            "- Una cirugía anterior en la parte baja de la columna, como una fusión de vértebras\n"
            "- Algunos tipos de artritis que causan inflamación, como la espondilitis anquilosante\n\n"
            "A veces no se encuentra una causa clara."
        ),
        "diagnosis_en": (
            "Your doctor will ask about your pain and examine your back, hips and legs. "
            "During the exam, your doctor may move your legs and press on your pelvis in certain ways. "
            "This shows whether these movements bring on your usual pain.\n\n"
            "X-rays, a CT scan or an MRI may be done to look for arthritis, inflammation or other problems. "
            "But imaging often looks normal, even when the joint hurts.\n\n"
            "A sacroiliac joint injection can help show whether the joint is the source. "
            "Using live X-ray, the doctor places numbing medicine into the joint. "
            "If your usual pain eases for a while afterward, the SI joint is likely a source of your pain."
        ),
        "diagnosis_es": (
            "Su médico le preguntará sobre su dolor y le revisará la espalda, las caderas y las piernas. "
            "Durante el examen, es posible que le mueva las piernas y le presione la pelvis de ciertas maneras. "
            "Así se ve si estos movimientos provocan el dolor de siempre.\n\n"
            "Se pueden hacer radiografías, una tomografía computarizada o una resonancia magnética para buscar "
            "artritis, inflamación u otros problemas. "
            "Pero muchas veces los estudios de imagen salen normales, aunque la articulación duela.\n\n"
            "Una inyección sacroilíaca puede ayudar a saber si el dolor viene de esa articulación. "
            "Con la guía de rayos X en vivo, el médico pone un anestésico dentro de la articulación. "
            "Si su dolor de siempre baja por un tiempo después, es probable que la articulación sacroilíaca sea "
            "una fuente de su dolor."
        ),
        "treatment_en": (
            "Treatment often starts with:\n\n"
            "- Taking a break from activities that make the pain worse, while staying as active as you can\n"
            "- Ice or heat\n"
            "- Over-the-counter pain medicine, taken as the label says\n"
            "- Physical therapy to stretch and strengthen the muscles of your low back, hips and belly\n"
            "- Sometimes, a support belt worn around the hips (an SI belt) for a short time\n\n"
            "If the pain lasts, your doctor may suggest a sacroiliac joint injection. "
            "It places a numbing medicine and a steroid into the joint. "
            "In some people, it eases the pain for weeks to months.\n\n"
            "For pain that does not improve, other procedures may be options for a few people. "
            "Surgery to join (fuse) the joint is rarely needed. "
            "Your doctor will talk with you about what fits your situation."
        ),
        "treatment_es": (
            "El tratamiento suele empezar con:\n\n"
            "- Descansar de las actividades que empeoran el dolor, sin dejar de moverse lo más que pueda\n"
            "- Hielo o calor\n"
            "- Medicamentos para el dolor de venta libre (sin receta), según las indicaciones de la etiqueta\n"
            "- Fisioterapia para estirar y fortalecer los músculos de la espalda baja, las caderas y el abdomen\n"
            "- A veces, un cinturón de apoyo alrededor de las caderas (cinturón sacroilíaco) por poco tiempo\n\n"
            "Si el dolor continúa, su médico podría sugerirle una inyección sacroilíaca. "
            "Esta inyección pone un anestésico y un esteroide dentro de la articulación. "
            "En algunas personas, alivia el dolor por semanas o meses.\n\n"
            "Cuando el dolor no mejora, otros procedimientos pueden ser una opción para algunas personas. "
            "Pocas veces se necesita una cirugía para unir (fusionar) la articulación. "
            "Su médico hablará con usted sobre lo que es adecuado para su caso."
        ),
        "when_to_call_en": (
            "Call 911 or go to the nearest emergency room if you have:\n\n"
            "- Loss of control of your bladder or bowels\n"
            "- Numbness in your groin, genitals or inner thighs\n"
            "- Sudden weakness or numbness in both legs\n"
            "- Severe pain after a serious fall or accident, especially if you cannot stand or walk\n\n"
            "Call your doctor right away if you have:\n\n"
            "- A fever with pain in your low back or buttock\n"
            "- Redness, warmth or swelling over the painful area\n"
            "- Weakness in a leg that is new or getting worse\n\n"
            "Call us at 619-543-0144 to make an appointment if:\n\n"
            "- Your pain does not get better after a few weeks of self-care\n"
            "- The pain makes it hard to walk, sit, sleep or work\n"
            "- Pain in your buttock or hip keeps coming back"
        ),
        "when_to_call_es": (
            "Llame al 911 o vaya a la sala de emergencias más cercana si tiene:\n\n"
            "- Pérdida del control de la orina o las heces\n"
            "- Adormecimiento en la ingle, los genitales o la parte interna de los muslos\n"
            "- Debilidad o adormecimiento repentino en las dos piernas\n"
            "- Dolor fuerte después de una caída o un accidente grave, sobre todo si no puede pararse ni caminar\n\n"
            "Llame a su médico de inmediato si tiene:\n\n"
            "- Fiebre junto con dolor en la espalda baja o la nalga\n"
            "- Enrojecimiento, calor o hinchazón en la zona del dolor\n"
            "- Debilidad en una pierna que es nueva o que empeora\n\n"
            "Llámenos al 619-543-0144 para hacer una cita si:\n\n"
            "- Su dolor no mejora después de unas semanas de cuidados en casa\n"
            "- El dolor no le deja caminar, sentarse, dormir o trabajar\n"
            "- El dolor en la nalga o la cadera vuelve una y otra vez"
        ),
        "procedures": ["sacroiliac-joint-injection"],
    },
    {
        "slug_en": "complex-regional-pain-syndrome",
        "slug_es": "sindrome-de-dolor-regional-complejo",
        "display_order": 6,
        "name_en": "Complex regional pain syndrome",
        "name_es": "Síndrome de dolor regional complejo",
        "other_names_en": "CRPS, reflex sympathetic dystrophy, RSD, causalgia",
        "other_names_es": "SDRC, CRPS, distrofia simpática refleja, causalgia, síndrome de Sudeck",
        "search_terms_en": "burning pain, nerve pain after an injury, RSDS, hand pain, foot pain",
        "search_terms_es": "DSR, dolor ardiente, dolor quemante, ardor en la mano, ardor en el pie",
        "summary_en": (
            "Complex regional pain syndrome (CRPS) is long-lasting pain, usually in an arm, hand, leg or foot, "
            "that is much worse than expected after an injury. Early treatment may help it get better."
        ),
        "summary_es": (
            "El síndrome de dolor regional complejo (SDRC) es un dolor de larga duración, casi siempre en un brazo, "
            "una mano, una pierna o un pie, mucho más fuerte de lo esperado después de una lesión. "
            "Tratarlo pronto puede ayudar a que mejore."
        ),
        "what_it_is_en": (
            "Complex regional pain syndrome (CRPS) is a long-lasting pain condition. "
            "It usually affects one arm, hand, leg or foot. "
            "It often starts after an injury, such as a broken bone or a sprain, or after surgery. "
            "But the pain is much stronger and lasts much longer than expected for that injury.\n\n"
            "CRPS is not common. Experts think it happens when the nerves and the body's defense (immune) system "
            "do not react normally to an injury. "
            "Doctors describe two types. Type 1, once called reflex sympathetic dystrophy, happens without a "
            "known nerve injury. Type 2, once called causalgia, follows a known nerve injury.\n\n"
            "For some people, the symptoms ease or go away over time, especially when treatment starts early. "
            "For others, CRPS can last for months or years."
        ),
        "what_it_is_es": (
            "El síndrome de dolor regional complejo (SDRC) es una afección de dolor de larga duración. "
            "Por lo general afecta un brazo, una mano, una pierna o un pie. "
            "Muchas veces empieza después de una lesión, como una fractura o un esguince, o después de una cirugía. "
            "Pero el dolor es mucho más fuerte y dura mucho más de lo que se espera para esa lesión.\n\n"
            "El SDRC no es común. Los expertos creen que ocurre cuando los nervios y el sistema de defensas del "
            "cuerpo (sistema inmunitario) no reaccionan de forma normal a una lesión. "
            "Los médicos describen dos tipos. El tipo 1, conocido antes como distrofia simpática refleja, ocurre sin "
            "una lesión conocida de un nervio. El tipo 2, conocido antes como causalgia, viene después de una lesión "
            "conocida de un nervio.\n\n"
            "En algunas personas, los síntomas bajan o desaparecen con el tiempo, sobre todo cuando el tratamiento "
            "empieza pronto. En otras, el SDRC puede durar meses o años."
        ),
        "symptoms_en": (
            "Symptoms usually start in the injured area and may spread. They can include:\n\n"
            "- Constant burning, throbbing or stabbing pain\n"
            "- Skin that is very sensitive, so that even a light touch, clothing or cold air can hurt\n"
            "- Swelling of the painful area\n"
            "- Changes in skin color, such as red, purple, pale or blotchy skin\n"
            "- Skin that feels warmer or colder than the same spot on the other side of the body\n"
            "- Changes in sweating, in the skin, or in how your hair and nails grow\n"
            "- Stiff joints, weakness or muscle spasms, and trouble moving the arm or leg\n\n"
            "Symptoms can change over time and differ from person to person. Stress can make the pain worse."
        ),
        "symptoms_es": (
            "Los síntomas suelen empezar en la zona lesionada y se pueden extender. Pueden incluir:\n\n"
            "- Dolor constante, como ardor, punzadas o latidos\n"
            "- Piel muy sensible, tanto que hasta un roce suave, la ropa o el aire frío pueden doler\n"
            "- Hinchazón en la zona del dolor\n"
            "- Cambios en el color de la piel, que puede verse roja, morada, pálida o manchada\n"
            "- Piel más caliente o más fría que la misma zona del otro lado del cuerpo\n"
            "- Cambios en el sudor, en la piel o en la forma en que crecen el pelo y las uñas\n"
            "- Rigidez en las articulaciones, debilidad o espasmos musculares, y dificultad para mover el brazo o "
            "la pierna\n\n"
            "Los síntomas pueden cambiar con el tiempo y varían de una persona a otra. "
            "El estrés puede empeorar el dolor."
        ),
        "causes_en": (
            "Doctors do not fully understand what causes CRPS. It most often starts after:\n\n"
            "- A broken bone, a sprain or another injury to an arm or leg\n"
            "- Surgery\n"
            "- Less often, a stroke, a heart attack or an infection\n\n"
            "Wearing a cast or keeping an arm or leg still for a long time may raise the risk. "
            "Sometimes there is no clear injury. "
            "Most people who have these injuries do not get CRPS, and it is not known why some people do."
        ),
        "causes_es": (
            "Los médicos no saben bien qué causa el SDRC. La mayoría de las veces empieza después de:\n\n"
            "- Una fractura, un esguince u otra lesión en un brazo o una pierna\n"
            "- Una cirugía\n"
            "- Con menos frecuencia, un derrame cerebral, un ataque al corazón o una infección\n\n"
            "Usar un yeso o tener un brazo o una pierna sin moverse por mucho tiempo puede aumentar el riesgo. "
            "A veces no hay una lesión clara. "
            "La mayoría de las personas que tienen estas lesiones no desarrollan SDRC, "
            "y no se sabe por qué a algunas sí les pasa."
        ),
        "diagnosis_en": (
            "There is no single test for CRPS. "
            "Your doctor will diagnose it from your history and a careful exam. "
            "The doctor will look for typical signs, such as changes in your skin, swelling, and strong pain from "
            "a light touch.\n\n"
            "Tests may be done to rule out other problems or to support the diagnosis. "
            "These may include X-rays, a bone scan, an MRI, or tests of skin temperature and sweating.\n\n"
            "Early treatment may help. So tell your doctor soon if you have pain that seems far worse than your "
            "injury."
        ),
        "diagnosis_es": (
            "No hay una sola prueba para el SDRC. "
            "Su médico lo diagnostica con su historia clínica y un examen cuidadoso. "
            "El médico buscará las señales típicas, como cambios en la piel, hinchazón y dolor fuerte con un roce "
            "suave.\n\n"
            "Se pueden hacer estudios para descartar otros problemas o para apoyar el diagnóstico. "
            "Pueden incluir radiografías, una gammagrafía ósea, una resonancia magnética o pruebas de la "
            "temperatura y el sudor de la piel.\n\n"
            "Tratarlo pronto puede ayudar. Por eso, avísele pronto a su médico si tiene un dolor que parece mucho "
            "peor que su lesión."
        ),
        "treatment_en": (
            "Treatment works best when it starts early. "
            "The goal is to ease the pain and help you keep using your arm or leg. "
            "Your care may involve several kinds of specialists.\n\n"
            "Treatment often includes:\n\n"
            "- Physical and occupational therapy to keep the arm or leg moving and to build strength. "
            "Gentle, regular use is an important part of getting better.\n"
            "- Medicines, such as pain relievers and medicines for nerve pain. "
            "In some cases, steroids or other prescription medicines are used.\n"
            "- Counseling or other support, since long-lasting pain can affect your mood and your sleep.\n\n"
            "Certain nerve blocks may also help some people. "
            "For pain that does not get better enough with other treatments, spinal cord stimulation may be an "
            "option. Your doctor will talk with you about which treatments may fit your situation."
        ),
        "treatment_es": (
            "El tratamiento funciona mejor cuando empieza pronto. "
            "El objetivo es aliviar el dolor y ayudarle a seguir usando el brazo o la pierna. "
            "Es posible que en su atención participen varios tipos de especialistas.\n\n"
            "El tratamiento suele incluir:\n\n"
            "- Fisioterapia y terapia ocupacional para mantener en movimiento el brazo o la pierna y ganar fuerza. "
            "Usar la parte afectada con suavidad y de forma regular es una parte importante de la mejoría.\n"
            "- Medicamentos, como analgésicos y medicamentos para el dolor de los nervios. "
            "En algunos casos, se usan esteroides u otros medicamentos con receta.\n"
            "- Apoyo psicológico o consejería, porque el dolor de larga duración puede afectar el ánimo y el "
            "sueño.\n\n"
            "Algunos bloqueos de nervios también pueden ayudar a ciertas personas. "
            "Para el dolor que no mejora lo suficiente con otros tratamientos, la estimulación de la médula espinal "
            "puede ser una opción. "
            "Su médico hablará con usted sobre los tratamientos que podrían ser adecuados para su caso."
        ),
        "when_to_call_en": (
            "Call 911 or go to the nearest emergency room if:\n\n"
            "- An arm or leg suddenly turns cold, pale or blue, and this is new for you.\n"
            "- You have sudden numbness or weakness on one side of your body, a drooping face or trouble speaking. "
            "These can be signs of a stroke.\n"
            "- You have chest pain, or pain that spreads to your arm or jaw, with shortness of breath or sweating.\n"
            "- You have thoughts of hurting yourself.\n\n"
            "Call your doctor right away if:\n\n"
            "- You wear a cast or splint and have pain, swelling, numbness or tingling that gets much worse\n"
            "- You have signs of infection, such as fever, or redness, warmth or pus at a wound or a surgery site\n"
            "- Your symptoms spread quickly or suddenly get much worse\n\n"
            "Call us at 619-543-0144 to make an appointment if:\n\n"
            "- Pain after an injury or surgery is much worse than expected, or it is not getting better\n"
            "- The skin of your arm or leg changes color, temperature or texture, or becomes very sensitive to touch\n"
            "- Your arm or leg is swollen, stiff or hard to move\n"
            "- Your treatment for CRPS no longer controls your pain"
        ),
        "when_to_call_es": (
            "Llame al 911 o vaya a la sala de emergencias más cercana si:\n\n"
            "- Un brazo o una pierna se pone frío, pálido o azul de repente, y esto es nuevo para usted.\n"
            "- Tiene adormecimiento o debilidad repentina en un lado del cuerpo, la cara caída o dificultad para "
            "hablar. Pueden ser señales de un derrame cerebral.\n"
            "- Tiene dolor en el pecho, o dolor que se extiende al brazo o a la mandíbula, con falta de aire o "
            "sudor.\n"
            "- Tiene pensamientos de hacerse daño.\n\n"
            "Llame a su médico de inmediato si:\n\n"
            "- Tiene un yeso o una férula y siente dolor, hinchazón, adormecimiento u hormigueo que empeoran mucho\n"
            "- Tiene señales de infección, como fiebre, o enrojecimiento, calor o pus en una herida o en el lugar "
            "de una cirugía\n"
            "- Sus síntomas se extienden rápido o de repente empeoran mucho\n\n"
            "Llámenos al 619-543-0144 para hacer una cita si:\n\n"
            "- El dolor después de una lesión o una cirugía es mucho peor de lo esperado, o no está mejorando\n"
            "- La piel del brazo o de la pierna cambia de color, de temperatura o de textura, o se vuelve muy "
            "sensible al tacto\n"
            "- Tiene el brazo o la pierna hinchados, rígidos o difíciles de mover\n"
            "- Su tratamiento para el SDRC ya no le controla el dolor"
        ),
        "procedures": ["spinal-cord-stimulation"],
    },
]
