"""The demo procedures' further sections (why, preparation, what you feel, recovery, when to call,
questions) and their references, for procedures/demo_content.py. General patient information in plain
language, never advice for one person."""

SECTIONS = {
    "medial-branch-rhizotomy": {
        "why_done_en": (
            "A medial branch rhizotomy is done to ease long-lasting pain that comes from the facet joints of the "
            "spine. "
            "This pain is often felt in the low back or the neck. "
            "It may spread to the buttocks, the shoulders or the upper legs.\n\n"
            "It may help people whose pain has not improved enough with medicines, exercise or physical therapy. "
            "Before a rhizotomy, most people have a medial branch block. "
            "This test numbs the same small nerves for a few hours. "
            "If the block eases your pain well, the facet joints are likely a source of your pain. "
            "Then a rhizotomy may help for much longer.\n\n"
            "A rhizotomy is not meant for pain from a disc or a pinched nerve. "
            "Your doctor will tell you whether it fits your pain."
        ),
        "why_done_es": (
            "La rizotomía de la rama medial se hace para aliviar el dolor de larga duración que viene de las "
            "articulaciones facetarias de la columna. "
            "Este dolor se siente a menudo en la parte baja de la espalda o en el cuello. "
            "Puede extenderse a las nalgas, los hombros o la parte de arriba de las piernas.\n\n"
            "Puede ayudar a las personas cuyo dolor no ha mejorado lo suficiente con medicamentos, ejercicio o "
            "fisioterapia. "
            "Antes de una rizotomía, la mayoría de las personas se hacen un bloqueo de la rama medial. "
            "Esta prueba adormece los mismos nervios pequeños por unas horas. "
            "Si el bloqueo alivia bien su dolor, es probable que las articulaciones facetarias sean una fuente de su "
            "dolor. En ese caso, una rizotomía puede ayudar por mucho más tiempo.\n\n"
            "La rizotomía no está pensada para el dolor que viene de un disco ni para el de un nervio comprimido. "
            "Su médico le dirá si es adecuada para su dolor."
        ),
        "preparation_en": (
            "Your care team will give you instructions before the procedure. Follow them closely. "
            "If you have questions, call us at 619-543-0144.\n\n"
            "Before the procedure, tell your doctor:\n\n"
            "- If you take medicines that thin your blood (blood thinners), such as aspirin, warfarin or clopidogrel. "
            "Do not stop any medicine unless your doctor tells you to.\n"
            "- If you have diabetes. Ask how to take your diabetes medicines that day. "
            "Also ask whether a steroid will be used, because steroids can raise your blood sugar for a few days.\n"
            "- If you are allergic to any medicine, to numbing medicine, or to contrast dye (X-ray dye) or iodine.\n"
            "- If you are pregnant or might be pregnant. The procedure uses X-rays.\n"
            "- If you have a pacemaker, a defibrillator or another implanted electrical device.\n\n"
            "Plan for an adult to drive you home. You cannot drive yourself after the procedure.\n\n"
            "Follow the instructions your clinic gives you about eating and drinking before the procedure. "
            "They may be different if you will get medicine to help you relax.\n\n"
            "Wear loose, comfortable clothes. "
            "Bring a photo ID, your insurance card and a list of all the medicines you take, "
            "including vitamins and herbs."
        ),
        "preparation_es": (
            "Su equipo médico le dará indicaciones antes del procedimiento. Sígalas con cuidado. "
            "Si tiene preguntas, llámenos al 619-543-0144.\n\n"
            "Antes del procedimiento, avísele a su médico:\n\n"
            "- Si toma medicamentos para diluir la sangre (anticoagulantes), como aspirina, warfarina o clopidogrel. "
            "No deje de tomar ningún medicamento a menos que su médico se lo indique.\n"
            "- Si tiene diabetes. Pregunte cómo debe tomar sus medicamentos para la diabetes ese día. "
            "Pregunte también si le van a poner un esteroide. "
            "Los esteroides pueden subir el azúcar en la sangre por unos días.\n"
            "- Si tiene alergia a algún medicamento, al anestésico local, al medio de contraste (el líquido que se ve "
            "en los rayos X) o al yodo.\n"
            "- Si está embarazada o cree que podría estarlo. En el procedimiento se usan rayos X.\n"
            "- Si tiene un marcapasos, un desfibrilador u otro aparato eléctrico implantado.\n\n"
            "Haga arreglos para que una persona adulta maneje por usted de regreso a casa. "
            "Usted no podrá manejar después del procedimiento.\n\n"
            "Siga las indicaciones de la clínica sobre comer y beber antes del procedimiento. "
            "Pueden ser diferentes si le van a dar un medicamento para ayudarle a relajarse.\n\n"
            "Use ropa cómoda y suelta. "
            "Traiga una identificación con foto, su tarjeta del seguro médico y una lista de todos los medicamentos "
            "que toma, incluidas las vitaminas y las hierbas."
        ),
        "what_you_feel_en": (
            "You stay awake during a rhizotomy, so you can answer the doctor's questions. "
            "The procedure is done with local anesthesia. "
            "Some people also get a mild medicine to help them relax. "
            "Whether you get this sedation depends on the procedure and the clinic. Your doctor will tell you.\n\n"
            "When the doctor numbs your skin, you will feel a quick sting and burning for a few seconds. "
            "As the needle moves into place, you may feel pressure.\n\n"
            "Before heating, the doctor often checks the needle's position with a small electrical signal. "
            "You may feel tingling, tapping, a twitch in your back muscles, or a short burst of your usual pain. "
            "Tell the doctor what you feel and where. This helps place the needle in the right spot.\n\n"
            "The doctor usually puts more numbing medicine near the nerve before heating it. "
            "During the 90 seconds of heating, you may feel warmth, pressure or a deep ache in the area. "
            "Tell the doctor if it hurts."
        ),
        "what_you_feel_es": (
            "Durante la rizotomía, usted no se duerme, para que pueda responder a las preguntas del médico. "
            "El procedimiento se hace con anestesia local. "
            "A algunas personas también se les da un medicamento suave para ayudarles a relajarse. "
            "Que le den esta sedación o no depende del procedimiento y de la clínica. Su médico se lo dirá.\n\n"
            "Cuando el médico le adormece la piel, sentirá un pinchazo rápido y ardor por unos segundos. "
            "Mientras la aguja avanza a su lugar, puede sentir presión.\n\n"
            "Antes de calentar la aguja, el médico muchas veces revisa su posición con una pequeña señal eléctrica. "
            "Puede sentir hormigueo, golpecitos, un tirón en los músculos de la espalda o un momento breve de su dolor "
            "de siempre. Dígale al médico qué siente y dónde. Esto ayuda a colocar la aguja en el lugar correcto.\n\n"
            "Por lo general, el médico pone más anestésico cerca del nervio antes de calentarlo. "
            "Durante los 90 segundos de calentamiento, puede sentir calor, presión o un dolor profundo en el área. "
            "Avísele al médico si le duele."
        ),
        "recovery_en": (
            "Do not drive for the rest of the day. "
            "The numbing medicine, and any sedation, can slow your reactions. An adult should drive you home.\n\n"
            "Take it easy the day of the procedure. After that, you can slowly return to light activities. "
            "Many people go back to work within a day or two. "
            "The area can stay sore for several days to several weeks, so some people need more time. "
            "This is more likely if your job is physical. Your doctor will tell you what is right for you.\n\n"
            "Relief often does not start right away. "
            "The numbing medicine may ease your pain for a few hours, and then it wears off. "
            "The treated area may then be more sore for a while. "
            "As that soreness fades, many people notice their facet pain getting better over the next few weeks.\n\n"
            "An ice pack wrapped in a thin towel can ease soreness. Use it for short periods. "
            "Ask your doctor whether you can take your usual pain medicine.\n\n"
            "Your doctor will tell you when to start physical therapy. "
            "Exercises that strengthen your back muscles are an important part of the treatment."
        ),
        "recovery_es": (
            "No maneje durante el resto del día. "
            "El anestésico local y la sedación, si la recibe, pueden hacer más lentos sus reflejos. "
            "Una persona adulta debe manejar por usted de regreso a casa.\n\n"
            "Tómelo con calma el día del procedimiento. Después, puede volver poco a poco a las actividades ligeras. "
            "Muchas personas regresan al trabajo en uno o dos días. "
            "El área puede seguir adolorida de varios días a varias semanas, así que algunas personas necesitan más "
            "tiempo. Esto es más probable si su trabajo es físico. "
            "Su médico le dirá qué es lo adecuado para usted.\n\n"
            "Muchas veces el alivio no empieza enseguida. "
            "El anestésico puede calmar el dolor por unas horas y luego se pasa el efecto. "
            "Después, el área tratada puede doler más por un tiempo. "
            "A medida que esa molestia baja, muchas personas notan que su dolor de las facetas mejora en las "
            "siguientes semanas.\n\n"
            "Una bolsa de hielo envuelta en una toalla delgada puede aliviar la molestia. Úsela por ratos cortos. "
            "Pregunte a su médico si puede tomar su medicamento habitual para el dolor.\n\n"
            "Su médico le dirá cuándo empezar la fisioterapia. "
            "Los ejercicios que fortalecen los músculos de la espalda son una parte importante del tratamiento."
        ),
        "when_to_call_en": (
            "Some soreness after a rhizotomy is normal. But some signs need care right away.\n\n"
            "Call 911 or go to the nearest emergency room if you have:\n\n"
            "- Sudden weakness or numbness in your legs or arms\n"
            "- Loss of control of your bladder or bowels\n"
            "- Trouble breathing or chest pain\n"
            "- A severe headache with a stiff neck or a fever\n\n"
            "Call us at 619-543-0144 if you have:\n\n"
            "- A fever or chills\n"
            "- Redness, swelling or warmth where the needle went in, or fluid or pus coming out\n"
            "- Pain that is much worse than your doctor told you to expect, or that keeps getting worse\n"
            "- A headache that gets worse when you sit or stand and better when you lie down\n"
            "- New numbness or tingling that does not go away\n\n"
            "If our clinics are closed and you are worried, go to an urgent care center or the nearest emergency room."
        ),
        "when_to_call_es": (
            "Es normal tener algo de dolor después de una rizotomía. Pero algunas señales necesitan atención de "
            "inmediato.\n\n"
            "Llame al 911 o vaya a la sala de emergencias más cercana si tiene:\n\n"
            "- Debilidad o adormecimiento repentino en las piernas o los brazos\n"
            "- Pérdida del control de la orina o de las heces\n"
            "- Dificultad para respirar o dolor en el pecho\n"
            "- Un dolor de cabeza muy fuerte con el cuello rígido o fiebre\n\n"
            "Llámenos al 619-543-0144 si tiene:\n\n"
            "- Fiebre o escalofríos\n"
            "- Enrojecimiento, hinchazón o calor donde entró la aguja, o si sale líquido o pus\n"
            "- Dolor mucho peor de lo que su médico le dijo que esperara, o que sigue empeorando\n"
            "- Un dolor de cabeza que empeora al sentarse o ponerse de pie y mejora al acostarse\n"
            "- Adormecimiento u hormigueo nuevo que no se quita\n\n"
            "Si nuestras clínicas están cerradas y algo le preocupa, vaya a un centro de atención de urgencias o a la "
            "sala de emergencias más cercana."
        ),
        "questions_en": (
            "You may want to ask your doctor:\n\n"
            "- Did my medial branch block show that a rhizotomy may help me?\n"
            "- How many levels will you treat?\n"
            "- Will I get medicine to help me relax?\n"
            "- How long might I be sore, and what can I do for it?\n"
            "- When should I start physical therapy, and which exercises should I do?\n"
            "- What can I do if my pain comes back?"
        ),
        "questions_es": (
            "Puede hacerle estas preguntas a su médico:\n\n"
            "- ¿Mostró mi bloqueo de la rama medial que una rizotomía me puede ayudar?\n"
            "- ¿Cuántos niveles me va a tratar?\n"
            "- ¿Me darán un medicamento para ayudarme a relajarme?\n"
            "- ¿Cuánto tiempo podría tener dolor después y qué puedo hacer para aliviarlo?\n"
            "- ¿Cuándo debo empezar la fisioterapia y qué ejercicios debo hacer?\n"
            "- ¿Qué puedo hacer si el dolor regresa?"
        ),
    },
    "medial-branch-block": {
        "why_done_en": (
            "A medial branch block is done to find out whether your facet joints are causing your pain. "
            "Back and neck pain can come from many places, and scans do not always show the source.\n\n"
            "It may help people with long-lasting back or neck pain that has not improved enough with other care. "
            "If the block eases your pain for a few hours, your doctor may suggest a medial branch rhizotomy. "
            "If it does not, your doctor can look at other causes and other treatments."
        ),
        "why_done_es": (
            "El bloqueo de la rama medial se hace para saber si las articulaciones facetarias causan su dolor. "
            "El dolor de espalda y de cuello puede venir de muchos lugares, y los estudios de imagen no siempre "
            "muestran la causa.\n\n"
            "Puede ayudar a personas con dolor de larga duración en la espalda o el cuello que no ha mejorado lo "
            "suficiente con otros cuidados. "
            "Si el bloqueo alivia su dolor por unas horas, su médico podría sugerirle una rizotomía de la rama medial. "
            "Si no lo alivia, su médico puede buscar otras causas y otros tratamientos."
        ),
        "preparation_en": (
            "Your care team will give you instructions before the test. Follow them closely. "
            "If you have questions, call us at 619-543-0144.\n\n"
            "Before the test, tell your doctor:\n\n"
            "- If you take medicines that thin your blood (blood thinners), such as aspirin, warfarin or clopidogrel. "
            "Do not stop any medicine unless your doctor tells you to.\n"
            "- If you have diabetes. Ask how to take your diabetes medicines that day.\n"
            "- If you are allergic to any medicine, to numbing medicine, or to contrast dye (X-ray dye) or iodine.\n"
            "- If you are pregnant or might be pregnant. The test uses X-rays.\n\n"
            "Ask whether you should take your usual pain medicine that day. "
            "The test works best when you come with your usual pain, so you can tell whether the block eases it.\n\n"
            "Plan for an adult to drive you home. You cannot drive yourself after the test.\n\n"
            "Follow the instructions your clinic gives you about eating and drinking before the test.\n\n"
            "Wear loose, comfortable clothes. "
            "Bring a photo ID, your insurance card and a list of all the medicines you take, "
            "including vitamins and herbs."
        ),
        "preparation_es": (
            "Su equipo médico le dará indicaciones antes de la prueba. Sígalas con cuidado. "
            "Si tiene preguntas, llámenos al 619-543-0144.\n\n"
            "Antes de la prueba, avísele a su médico:\n\n"
            "- Si toma medicamentos para diluir la sangre (anticoagulantes), como aspirina, warfarina o clopidogrel. "
            "No deje de tomar ningún medicamento a menos que su médico se lo indique.\n"
            "- Si tiene diabetes. Pregunte cómo debe tomar sus medicamentos para la diabetes ese día.\n"
            "- Si tiene alergia a algún medicamento, al anestésico local, al medio de contraste (el líquido que se ve "
            "en los rayos X) o al yodo.\n"
            "- Si está embarazada o cree que podría estarlo. En la prueba se usan rayos X.\n\n"
            "Pregunte si debe tomar su medicamento habitual para el dolor ese día. "
            "La prueba funciona mejor si usted llega con su dolor de siempre. "
            "Así puede notar si el bloqueo lo alivia.\n\n"
            "Haga arreglos para que una persona adulta maneje por usted de regreso a casa. "
            "Usted no podrá manejar después de la prueba.\n\n"
            "Siga las indicaciones de la clínica sobre comer y beber antes de la prueba.\n\n"
            "Use ropa cómoda y suelta. "
            "Traiga una identificación con foto, su tarjeta del seguro médico y una lista de todos los medicamentos "
            "que toma, incluidas las vitaminas y las hierbas."
        ),
        "what_you_feel_en": (
            "You stay awake for this test. It is done with local anesthesia. "
            "Many doctors use little or no sedation, because you need to notice clearly how your pain changes "
            "afterward. Whether you get sedation depends on the procedure and the clinic. "
            "Your doctor will tell you.\n\n"
            "When the doctor numbs your skin, you will feel a quick sting and burning for a few seconds. "
            "As the needle moves into place, you may feel pressure. "
            "You may also feel a short burst of your usual pain. This often passes quickly. "
            "Tell the doctor what you feel."
        ),
        "what_you_feel_es": (
            "Usted no se duerme durante esta prueba. Se hace con anestesia local. "
            "Muchos médicos usan poca sedación o ninguna, porque después usted debe notar con claridad cómo cambia "
            "su dolor. Que le den sedación o no depende del procedimiento y de la clínica. "
            "Su médico se lo dirá.\n\n"
            "Cuando el médico le adormece la piel, sentirá un pinchazo rápido y ardor por unos segundos. "
            "Mientras la aguja avanza a su lugar, puede sentir presión. "
            "También puede sentir un momento breve de su dolor de siempre. Por lo general, pasa rápido. "
            "Dígale al médico lo que siente."
        ),
        "recovery_en": (
            "Do not drive for the rest of the day, even if you feel fine. "
            "The numbing medicine, and any sedation, can slow your reactions. An adult should drive you home.\n\n"
            "Right after the test, your pain may be much lower for a few hours. This is the numbing medicine at work. "
            "This is the time to keep the pain record your doctor asked for. "
            "When the numbing wears off, your usual pain will likely return. This is expected.\n\n"
            "Most people go back to work and their usual activities the next day. "
            "If the area where the needle went in is sore, an ice pack wrapped in a thin towel can help. "
            "Use it for short periods."
        ),
        "recovery_es": (
            "No maneje durante el resto del día, aunque se sienta bien. "
            "El anestésico local y la sedación, si la recibe, pueden hacer más lentos sus reflejos. "
            "Una persona adulta debe manejar por usted de regreso a casa.\n\n"
            "Justo después de la prueba, su dolor puede bajar mucho por unas horas. Es el efecto del anestésico. "
            "Es el momento de anotar su dolor, como le pidió su médico. "
            "Cuando pasa el efecto del anestésico, es probable que su dolor de siempre regrese. "
            "Esto es lo esperado.\n\n"
            "La mayoría de las personas regresan al trabajo y a sus actividades habituales al día siguiente. "
            "Si le duele el área donde entró la aguja, una bolsa de hielo envuelta en una toalla delgada puede "
            "ayudar. Úsela por ratos cortos."
        ),
        "when_to_call_en": (
            "Problems after a medial branch block are rare. But some signs need care right away.\n\n"
            "Call 911 or go to the nearest emergency room if you have:\n\n"
            "- Sudden weakness or numbness in your legs or arms\n"
            "- Loss of control of your bladder or bowels\n"
            "- Trouble breathing, chest pain, or swelling of your face, lips or throat\n"
            "- A severe headache with a stiff neck or a fever\n\n"
            "Call us at 619-543-0144 if you have:\n\n"
            "- A fever or chills\n"
            "- Redness, swelling or warmth where the needle went in, or fluid or pus coming out\n"
            "- Pain that is much worse than before the test\n"
            "- A headache that gets worse when you sit or stand and better when you lie down\n"
            "- New numbness or tingling that does not go away\n\n"
            "If our clinics are closed and you are worried, go to an urgent care center or the nearest emergency room."
        ),
        "when_to_call_es": (
            "Los problemas después de un bloqueo de la rama medial son raros. "
            "Pero algunas señales necesitan atención de inmediato.\n\n"
            "Llame al 911 o vaya a la sala de emergencias más cercana si tiene:\n\n"
            "- Debilidad o adormecimiento repentino en las piernas o los brazos\n"
            "- Pérdida del control de la orina o de las heces\n"
            "- Dificultad para respirar, dolor en el pecho o hinchazón de la cara, los labios o la garganta\n"
            "- Un dolor de cabeza muy fuerte con el cuello rígido o fiebre\n\n"
            "Llámenos al 619-543-0144 si tiene:\n\n"
            "- Fiebre o escalofríos\n"
            "- Enrojecimiento, hinchazón o calor donde entró la aguja, o si sale líquido o pus\n"
            "- Dolor mucho peor que antes de la prueba\n"
            "- Un dolor de cabeza que empeora al sentarse o ponerse de pie y mejora al acostarse\n"
            "- Adormecimiento u hormigueo nuevo que no se quita\n\n"
            "Si nuestras clínicas están cerradas y algo le preocupa, vaya a un centro de atención de urgencias o a la "
            "sala de emergencias más cercana."
        ),
        "questions_en": (
            "You may want to ask your doctor:\n\n"
            "- How will I know whether the block worked?\n"
            "- Should I take my usual pain medicine on the day of the test?\n"
            "- How should I record my pain after the test?\n"
            "- Will I need a second block?\n"
            "- What happens next if the block helps, and what if it does not?"
        ),
        "questions_es": (
            "Puede hacerle estas preguntas a su médico:\n\n"
            "- ¿Cómo sabré si el bloqueo funcionó?\n"
            "- ¿Debo tomar mi medicamento habitual para el dolor el día de la prueba?\n"
            "- ¿Cómo debo anotar mi dolor después de la prueba?\n"
            "- ¿Necesitaré un segundo bloqueo?\n"
            "- ¿Qué sigue si el bloqueo me ayuda, y qué sigue si no me ayuda?"
        ),
    },
    "facet-joint-injection": {
        "why_done_en": (
            "A facet joint injection is done to ease pain that comes from a facet joint. "
            "This pain is often felt in the low back or the neck. It may get worse when you twist or lean back.\n\n"
            "It may help people whose pain has lasted for weeks or months and has not improved enough with rest, "
            "medicines or physical therapy. "
            "Easing the pain can make it easier to stay active and do your exercises.\n\n"
            "The injection also helps your doctor learn where your pain comes from. This can guide your next steps."
        ),
        "why_done_es": (
            "La inyección facetaria se hace para aliviar el dolor que viene de una articulación facetaria. "
            "Este dolor se siente a menudo en la parte baja de la espalda o en el cuello. "
            "Puede empeorar cuando usted gira el cuerpo o se inclina hacia atrás.\n\n"
            "Puede ayudar a las personas cuyo dolor ha durado semanas o meses y no ha mejorado lo suficiente con "
            "reposo, medicamentos o fisioterapia. "
            "Al bajar el dolor, puede ser más fácil seguir con sus actividades y hacer sus ejercicios.\n\n"
            "La inyección también ayuda a su médico a saber de dónde viene su dolor. "
            "Esto puede orientar los siguientes pasos."
        ),
        "preparation_en": (
            "Your care team will give you instructions before the injection. Follow them closely. "
            "If you have questions, call us at 619-543-0144.\n\n"
            "Before the injection, tell your doctor:\n\n"
            "- If you take medicines that thin your blood (blood thinners), such as aspirin, warfarin or clopidogrel. "
            "Do not stop any medicine unless your doctor tells you to.\n"
            "- If you have diabetes. The steroid in this injection can raise your blood sugar for a few days. "
            "Ask how to take your diabetes medicines, and plan to check your blood sugar more often.\n"
            "- If you are allergic to any medicine, to numbing medicine or steroids, or to contrast dye (X-ray dye) "
            "or iodine.\n"
            "- If you are pregnant or might be pregnant. The injection is done with X-rays.\n\n"
            "Plan for an adult to drive you home. You cannot drive yourself after the injection.\n\n"
            "Follow the instructions your clinic gives you about eating and drinking before the injection. "
            "They may be different if you will get medicine to help you relax.\n\n"
            "Wear loose, comfortable clothes. "
            "Bring a photo ID, your insurance card and a list of all the medicines you take, "
            "including vitamins and herbs."
        ),
        "preparation_es": (
            "Su equipo médico le dará indicaciones antes de la inyección. Sígalas con cuidado. "
            "Si tiene preguntas, llámenos al 619-543-0144.\n\n"
            "Antes de la inyección, avísele a su médico:\n\n"
            "- Si toma medicamentos para diluir la sangre (anticoagulantes), como aspirina, warfarina o clopidogrel. "
            "No deje de tomar ningún medicamento a menos que su médico se lo indique.\n"
            "- Si tiene diabetes. El esteroide de esta inyección puede subir el azúcar en la sangre por unos días. "
            "Pregunte cómo debe tomar sus medicamentos para la diabetes y planee medirse el azúcar más seguido.\n"
            "- Si tiene alergia a algún medicamento, al anestésico local o a los esteroides, al medio de contraste "
            "(el líquido que se ve en los rayos X) o al yodo.\n"
            "- Si está embarazada o cree que podría estarlo. La inyección se hace con rayos X.\n\n"
            "Haga arreglos para que una persona adulta maneje por usted de regreso a casa. "
            "Usted no podrá manejar después de la inyección.\n\n"
            "Siga las indicaciones de la clínica sobre comer y beber antes de la inyección. "
            "Pueden ser diferentes si le van a dar un medicamento para ayudarle a relajarse.\n\n"
            "Use ropa cómoda y suelta. "
            "Traiga una identificación con foto, su tarjeta del seguro médico y una lista de todos los medicamentos "
            "que toma, incluidas las vitaminas y las hierbas."
        ),
        "what_you_feel_en": (
            "You stay awake for this injection. It is done with local anesthesia. "
            "Some people also get a mild medicine to help them relax. "
            "Whether you get sedation depends on the procedure and the clinic. Your doctor will tell you.\n\n"
            "When the doctor numbs your skin, you will feel a quick sting and burning for a few seconds. "
            "As the needle moves into the joint, you may feel pressure. "
            "When the medicine goes in, you may feel a short burst of your usual pain. This often passes quickly. "
            "Tell the doctor what you feel."
        ),
        "what_you_feel_es": (
            "Usted no se duerme durante esta inyección. Se hace con anestesia local. "
            "A algunas personas también se les da un medicamento suave para ayudarles a relajarse. "
            "Que le den sedación o no depende del procedimiento y de la clínica. Su médico se lo dirá.\n\n"
            "Cuando el médico le adormece la piel, sentirá un pinchazo rápido y ardor por unos segundos. "
            "Mientras la aguja entra en la articulación, puede sentir presión. "
            "Cuando entra el medicamento, puede sentir un momento breve de su dolor de siempre. "
            "Por lo general, pasa rápido. Dígale al médico lo que siente."
        ),
        "recovery_en": (
            "Do not drive for the rest of the day. "
            "The numbing medicine, and any sedation, can slow your reactions. An adult should drive you home.\n\n"
            "Take it easy the day of the injection. "
            "Most people go back to work and their usual activities within a day or so. "
            "Your doctor will tell you what is right for you.\n\n"
            "The numbing medicine may ease your pain for a few hours. Then the pain may come back. "
            "The steroid often starts to work in a few days, but it can take up to about two weeks. "
            "If your doctor asks you to keep a pain record, write down how you feel during this time.\n\n"
            "For soreness where the needle went in, an ice pack wrapped in a thin towel can help. "
            "Use it for short periods."
        ),
        "recovery_es": (
            "No maneje durante el resto del día. "
            "El anestésico local y la sedación, si la recibe, pueden hacer más lentos sus reflejos. "
            "Una persona adulta debe manejar por usted de regreso a casa.\n\n"
            "Tómelo con calma el día de la inyección. "
            "La mayoría de las personas regresan al trabajo y a sus actividades habituales en más o menos un día. "
            "Su médico le dirá qué es lo adecuado para usted.\n\n"
            "El anestésico puede calmar el dolor por unas horas. Luego, el dolor puede regresar. "
            "Muchas veces el esteroide empieza a hacer efecto en unos días, pero puede tardar hasta unas dos semanas. "
            "Si su médico le pide que anote cómo siente el dolor, hágalo durante este tiempo.\n\n"
            "Si le duele donde entró la aguja, una bolsa de hielo envuelta en una toalla delgada puede ayudar. "
            "Úsela por ratos cortos."
        ),
        "when_to_call_en": (
            "Problems after a facet joint injection are uncommon. But some signs need care right away.\n\n"
            "Call 911 or go to the nearest emergency room if you have:\n\n"
            "- Sudden weakness or numbness in your legs or arms\n"
            "- Loss of control of your bladder or bowels\n"
            "- Trouble breathing, chest pain, or swelling of your face, lips or throat\n"
            "- A severe headache with a stiff neck or a fever\n\n"
            "Call us at 619-543-0144 if you have:\n\n"
            "- A fever or chills\n"
            "- Redness, swelling or warmth where the needle went in, or fluid or pus coming out\n"
            "- Pain that is much worse than before the injection\n"
            "- A headache that gets worse when you sit or stand and better when you lie down\n"
            "- New numbness or tingling that does not go away\n"
            "- Blood sugar that is much higher than usual and does not come down, if you have diabetes\n\n"
            "If our clinics are closed and you are worried, go to an urgent care center or the nearest emergency room."
        ),
        "when_to_call_es": (
            "Los problemas después de una inyección facetaria son poco comunes. "
            "Pero algunas señales necesitan atención de inmediato.\n\n"
            "Llame al 911 o vaya a la sala de emergencias más cercana si tiene:\n\n"
            "- Debilidad o adormecimiento repentino en las piernas o los brazos\n"
            "- Pérdida del control de la orina o de las heces\n"
            "- Dificultad para respirar, dolor en el pecho o hinchazón de la cara, los labios o la garganta\n"
            "- Un dolor de cabeza muy fuerte con el cuello rígido o fiebre\n\n"
            "Llámenos al 619-543-0144 si tiene:\n\n"
            "- Fiebre o escalofríos\n"
            "- Enrojecimiento, hinchazón o calor donde entró la aguja, o si sale líquido o pus\n"
            "- Dolor mucho peor que antes de la inyección\n"
            "- Un dolor de cabeza que empeora al sentarse o ponerse de pie y mejora al acostarse\n"
            "- Adormecimiento u hormigueo nuevo que no se quita\n"
            "- Un nivel de azúcar en la sangre mucho más alto de lo normal que no baja, si tiene diabetes\n\n"
            "Si nuestras clínicas están cerradas y algo le preocupa, vaya a un centro de atención de urgencias o a la "
            "sala de emergencias más cercana."
        ),
        "questions_en": (
            "You may want to ask your doctor:\n\n"
            "- Which joints will you inject, and why those?\n"
            "- How soon might I feel better, and how long could the relief last?\n"
            "- How many of these injections can I safely have?\n"
            "- What should I do about my diabetes medicines or blood thinners?\n"
            "- What are the next steps if the injection helps only for a short time?"
        ),
        "questions_es": (
            "Puede hacerle estas preguntas a su médico:\n\n"
            "- ¿En qué articulaciones me va a inyectar y por qué en esas?\n"
            "- ¿En cuánto tiempo podría sentirme mejor y cuánto podría durar el alivio?\n"
            "- ¿Cuántas de estas inyecciones me pueden poner sin riesgo?\n"
            "- ¿Qué debo hacer con mis medicamentos para la diabetes o mis anticoagulantes?\n"
            "- ¿Cuáles son los siguientes pasos si la inyección me ayuda solo por poco tiempo?"
        ),
    },
    "epidural-steroid-injection": {
        "why_done_en": (
            "An epidural steroid injection is done to ease pain caused by irritated nerves in the spine. "
            "This is often pain that spreads from the low back into a leg, such as sciatica, "
            "or from the neck into an arm. A herniated disc or spinal stenosis is a common cause.\n\n"
            "It may help people whose pain has not improved enough with medicines, physical therapy or other "
            "treatments that do not involve surgery. "
            "The injection does not fix the disc or the narrowing. "
            "But easing the pain can help you move more and do the exercises that help you recover.\n\n"
            "Your doctor will talk with you about whether it is a good choice for you."
        ),
        "why_done_es": (
            "La inyección epidural de esteroides se hace para aliviar el dolor causado por nervios irritados en la "
            "columna. Muchas veces es un dolor que baja de la parte baja de la espalda a una pierna, como la ciática, "
            "o del cuello a un brazo. Una causa común es una hernia de disco o una estenosis espinal.\n\n"
            "Puede ayudar a las personas cuyo dolor no ha mejorado lo suficiente con medicamentos, fisioterapia u "
            "otros tratamientos sin cirugía. "
            "La inyección no arregla el disco ni el estrechamiento. "
            "Pero, al bajar el dolor, puede ayudarle a moverse más y a hacer los ejercicios que le ayudan a "
            "recuperarse.\n\n"
            "Su médico hablará con usted sobre si es una buena opción en su caso."
        ),
        "preparation_en": (
            "Your care team will give you instructions before the injection. Follow them closely. "
            "If you have questions, call us at 619-543-0144.\n\n"
            "Before the injection, tell your doctor:\n\n"
            "- If you take medicines that thin your blood (blood thinners), such as aspirin, warfarin or clopidogrel. "
            "Do not stop any medicine unless your doctor tells you to.\n"
            "- If you have diabetes. The steroid in this injection can raise your blood sugar for a few days. "
            "Ask how to take your diabetes medicines, and plan to check your blood sugar more often.\n"
            "- If you are allergic to any medicine, to numbing medicine or steroids, or to contrast dye (X-ray dye) "
            "or iodine. Contrast dye is used to check the needle's position.\n"
            "- If you are pregnant or might be pregnant. The injection is done with X-rays.\n"
            "- If you have a fever or an infection, or feel sick, on the day of the injection.\n\n"
            "Plan for an adult to drive you home. You cannot drive yourself after the injection.\n\n"
            "Follow the instructions your clinic gives you about eating and drinking before the injection. "
            "They may be different if you will get medicine to help you relax.\n\n"
            "Wear loose, comfortable clothes. "
            "Bring a photo ID, your insurance card and a list of all the medicines you take, "
            "including vitamins and herbs."
        ),
        "preparation_es": (
            "Su equipo médico le dará indicaciones antes de la inyección. Sígalas con cuidado. "
            "Si tiene preguntas, llámenos al 619-543-0144.\n\n"
            "Antes de la inyección, avísele a su médico:\n\n"
            "- Si toma medicamentos para diluir la sangre (anticoagulantes), como aspirina, warfarina o clopidogrel. "
            "No deje de tomar ningún medicamento a menos que su médico se lo indique.\n"
            "- Si tiene diabetes. El esteroide de esta inyección puede subir el azúcar en la sangre por unos días. "
            "Pregunte cómo debe tomar sus medicamentos para la diabetes y planee medirse el azúcar más seguido.\n"
            "- Si tiene alergia a algún medicamento, al anestésico local o a los esteroides, al medio de contraste "
            "(el líquido que se ve en los rayos X) o al yodo. "
            "El medio de contraste se usa para revisar la posición de la aguja.\n"
            "- Si está embarazada o cree que podría estarlo. La inyección se hace con rayos X.\n"
            "- Si tiene fiebre o una infección, o se siente mal, el día de la inyección.\n\n"
            "Haga arreglos para que una persona adulta maneje por usted de regreso a casa. "
            "Usted no podrá manejar después de la inyección.\n\n"
            "Siga las indicaciones de la clínica sobre comer y beber antes de la inyección. "
            "Pueden ser diferentes si le van a dar un medicamento para ayudarle a relajarse.\n\n"
            "Use ropa cómoda y suelta. "
            "Traiga una identificación con foto, su tarjeta del seguro médico y una lista de todos los medicamentos "
            "que toma, incluidas las vitaminas y las hierbas."
        ),
        "what_you_feel_en": (
            "You stay awake for this injection. It is done with local anesthesia. "
            "Some people also get a mild medicine to help them relax. "
            "Whether you get sedation depends on the procedure and the clinic. Your doctor will tell you.\n\n"
            "When the doctor numbs your skin, you will feel a quick sting and burning for a few seconds. "
            "As the needle moves into place, you will likely feel pressure. "
            "Most of the time, the injection is not very painful.\n\n"
            "As the medicine goes in, you may feel pressure or a short burst of your usual pain in your leg or arm. "
            "This often passes quickly. Tell the doctor right away what you feel."
        ),
        "what_you_feel_es": (
            "Usted no se duerme durante esta inyección. Se hace con anestesia local. "
            "A algunas personas también se les da un medicamento suave para ayudarles a relajarse. "
            "Que le den sedación o no depende del procedimiento y de la clínica. Su médico se lo dirá.\n\n"
            "Cuando el médico le adormece la piel, sentirá un pinchazo rápido y ardor por unos segundos. "
            "Mientras la aguja avanza a su lugar, es probable que sienta presión. "
            "La mayoría de las veces, la inyección no duele mucho.\n\n"
            "Cuando entra el medicamento, puede sentir presión o un momento breve de su dolor de siempre en la pierna "
            "o el brazo. Por lo general, pasa rápido. Dígale al médico enseguida lo que siente."
        ),
        "recovery_en": (
            "Do not drive for the rest of the day. "
            "The numbing medicine, and any sedation, can slow your reactions. "
            "For a few hours, it can also make a leg or an arm feel numb or weak. "
            "An adult should drive you home. If a leg feels numb or weak, have someone help you walk until it passes."
            "\n\n"
            "Take it easy the day of the injection. "
            "Most people go back to work and their usual activities within a day or so. "
            "Your doctor will tell you what is right for you.\n\n"
            "The numbing medicine may ease your pain for a few hours. "
            "Then the pain may come back, and for a day or two it may even feel a little worse. "
            "The steroid often starts to work in a few days, but it can take up to about two weeks to feel the full "
            "effect.\n\n"
            "For soreness where the needle went in, an ice pack wrapped in a thin towel can help. "
            "Use it for short periods. Ask your doctor when to start or go back to physical therapy."
        ),
        "recovery_es": (
            "No maneje durante el resto del día. "
            "El anestésico local y la sedación, si la recibe, pueden hacer más lentos sus reflejos. "
            "Por unas horas, también pueden hacer que sienta una pierna o un brazo adormecido o débil. "
            "Una persona adulta debe manejar por usted de regreso a casa. "
            "Si siente una pierna adormecida o débil, pida a alguien que le ayude a caminar hasta que se le pase.\n\n"
            "Tómelo con calma el día de la inyección. "
            "La mayoría de las personas regresan al trabajo y a sus actividades habituales en más o menos un día. "
            "Su médico le dirá qué es lo adecuado para usted.\n\n"
            "El anestésico puede calmar el dolor por unas horas. "
            "Luego, el dolor puede regresar, y por uno o dos días hasta puede sentirse un poco peor. "
            "Muchas veces el esteroide empieza a hacer efecto en unos días, pero puede tardar hasta unas dos semanas "
            "en dar todo su efecto.\n\n"
            "Si le duele donde entró la aguja, una bolsa de hielo envuelta en una toalla delgada puede ayudar. "
            "Úsela por ratos cortos. Pregunte a su médico cuándo empezar o volver a la fisioterapia."
        ),
        "risks_en": (
            "Serious problems are rare. Possible risks include headache, bleeding, infection "
            "and a short rise in blood sugar. Very rarely, a nerve can be injured. "
            "Your doctor will review the risks with you.\n\n"
            "In April 2014, the U.S. Food and Drug Administration (FDA) shared a safety warning about this kind of "
            "injection. The FDA said that injecting steroids (corticosteroids) into the epidural space of the spine "
            "may, in rare cases, cause serious problems of the brain and spinal cord. "
            "These include loss of vision, stroke, paralysis and death. "
            "The FDA required a warning about these risks on the labels of steroid medicines given as a shot.\n\n"
            "The FDA also said that the effectiveness and safety of steroids given this way have not been "
            "established. The FDA has not approved corticosteroids for epidural use. "
            "Doctors may still use a medicine in a way the FDA has not approved when they believe it can help. "
            "This is called off-label use.\n\n"
            "The FDA advises patients to talk with their doctor about the benefits and risks of this injection, "
            "and of other possible treatments. Ask all your questions before you decide."
        ),
        "risks_es": (
            "Los problemas graves son raros. Los riesgos posibles incluyen dolor de cabeza, sangrado, infección "
            "y una subida pasajera del azúcar en la sangre. Muy rara vez puede haber una lesión de un nervio. "
            "Su médico revisará los riesgos con usted.\n\n"
            "En abril de 2014, la Administración de Alimentos y Medicamentos de los Estados Unidos (FDA, por sus "
            "siglas en inglés) publicó una advertencia de seguridad sobre este tipo de inyección. "
            "La FDA dijo que inyectar esteroides (corticosteroides) en el espacio epidural de la columna puede causar, "
            "en casos raros, problemas graves del cerebro y de la médula espinal. "
            "Entre ellos están la pérdida de la vista, el derrame cerebral, la parálisis y la muerte. "
            "La FDA exigió que las etiquetas de los esteroides inyectables incluyan una advertencia sobre estos "
            "riesgos.\n\n"
            "La FDA también dijo que no se ha comprobado la eficacia ni la seguridad de los esteroides usados de esta "
            "manera. La FDA no ha aprobado los corticosteroides para uso epidural. "
            "Aun así, los médicos pueden usar un medicamento de una forma que la FDA no ha aprobado, cuando creen que "
            "puede ayudar. A esto se le llama uso fuera de lo indicado en la etiqueta.\n\n"
            "La FDA recomienda hablar con su médico sobre los beneficios y los riesgos de esta inyección, "
            "y de otros tratamientos posibles. Haga todas sus preguntas antes de decidir."
        ),
        "when_to_call_en": (
            "Serious problems after an epidural steroid injection are rare. But some signs need care right away.\n\n"
            "Call 911 or go to the nearest emergency room if you have:\n\n"
            "- Sudden weakness or numbness in your legs or arms, or on one side of your body\n"
            "- Sudden loss of vision or trouble seeing\n"
            "- Trouble speaking, confusion, or a face that droops on one side\n"
            "- A seizure\n"
            "- Loss of control of your bladder or bowels\n"
            "- Trouble breathing, chest pain, or swelling of your face, lips or throat\n"
            "- A severe headache with a stiff neck or a fever\n\n"
            "Call us at 619-543-0144 if you have:\n\n"
            "- A fever or chills\n"
            "- Redness, swelling or warmth where the needle went in, or fluid or pus coming out\n"
            "- Back or neck pain that is much worse than before\n"
            "- A headache that gets worse when you sit or stand and better when you lie down\n"
            "- New numbness or tingling that does not go away\n"
            "- Blood sugar that is much higher than usual and does not come down, if you have diabetes\n\n"
            "If our clinics are closed and you are worried, go to an urgent care center or the nearest emergency room."
        ),
        "when_to_call_es": (
            "Los problemas graves después de una inyección epidural de esteroides son raros. "
            "Pero algunas señales necesitan atención de inmediato.\n\n"
            "Llame al 911 o vaya a la sala de emergencias más cercana si tiene:\n\n"
            "- Debilidad o adormecimiento repentino en las piernas o los brazos, o en un lado del cuerpo\n"
            "- Pérdida repentina de la vista o dificultad para ver\n"
            "- Dificultad para hablar, confusión o un lado de la cara caído\n"
            "- Una convulsión\n"
            "- Pérdida del control de la orina o de las heces\n"
            "- Dificultad para respirar, dolor en el pecho o hinchazón de la cara, los labios o la garganta\n"
            "- Un dolor de cabeza muy fuerte con el cuello rígido o fiebre\n\n"
            "Llámenos al 619-543-0144 si tiene:\n\n"
            "- Fiebre o escalofríos\n"
            "- Enrojecimiento, hinchazón o calor donde entró la aguja, o si sale líquido o pus\n"
            "- Dolor de espalda o de cuello mucho peor que antes\n"
            "- Un dolor de cabeza que empeora al sentarse o ponerse de pie y mejora al acostarse\n"
            "- Adormecimiento u hormigueo nuevo que no se quita\n"
            "- Un nivel de azúcar en la sangre mucho más alto de lo normal que no baja, si tiene diabetes\n\n"
            "Si nuestras clínicas están cerradas y algo le preocupa, vaya a un centro de atención de urgencias o a la "
            "sala de emergencias más cercana."
        ),
        "questions_en": (
            "You may want to ask your doctor:\n\n"
            "- What is causing my pain, and how could this injection help?\n"
            "- Which type of epidural injection will I have, and which steroid will you use?\n"
            "- What are the risks for me, including the rare risks the FDA has warned about?\n"
            "- What other treatments could I try?\n"
            "- How soon might I feel better, and how long could the relief last?\n"
            "- How many of these injections can I safely have?"
        ),
        "questions_es": (
            "Puede hacerle estas preguntas a su médico:\n\n"
            "- ¿Qué causa mi dolor y cómo me podría ayudar esta inyección?\n"
            "- ¿Qué tipo de inyección epidural me van a poner y qué esteroide van a usar?\n"
            "- ¿Qué riesgos tengo yo, incluidos los riesgos raros sobre los que advirtió la FDA?\n"
            "- ¿Qué otros tratamientos podría probar?\n"
            "- ¿En cuánto tiempo podría sentirme mejor y cuánto podría durar el alivio?\n"
            "- ¿Cuántas de estas inyecciones me pueden poner sin riesgo?"
        ),
    },
    "sacroiliac-joint-injection": {
        "why_done_en": (
            "A sacroiliac joint injection is done to ease pain that comes from an SI joint. "
            "This pain is often felt in the low back or the buttock, usually on one side. "
            "It may spread to the hip or the back of the thigh. "
            "Arthritis, an injury or pregnancy can lead to it.\n\n"
            "It may help people whose pain has not improved enough with rest, medicines or physical therapy. "
            "The injection also helps show whether the SI joint is the source of the pain. "
            "If the numbing medicine eases your pain, the joint is likely involved. This can guide your next steps."
        ),
        "why_done_es": (
            "La inyección sacroilíaca se hace para aliviar el dolor que viene de una articulación sacroilíaca. "
            "Este dolor se siente a menudo en la parte baja de la espalda o en la nalga, por lo general de un solo "
            "lado. Puede extenderse a la cadera o a la parte de atrás del muslo. "
            "Puede deberse a la artritis, a una lesión o al embarazo.\n\n"
            "Puede ayudar a las personas cuyo dolor no ha mejorado lo suficiente con reposo, medicamentos o "
            "fisioterapia. La inyección también ayuda a saber si la articulación sacroilíaca es la causa del dolor. "
            "Si el anestésico alivia su dolor, es probable que esa articulación tenga que ver. "
            "Esto puede orientar los siguientes pasos."
        ),
        "preparation_en": (
            "Your care team will give you instructions before the injection. Follow them closely. "
            "If you have questions, call us at 619-543-0144.\n\n"
            "Before the injection, tell your doctor:\n\n"
            "- If you take medicines that thin your blood (blood thinners), such as aspirin, warfarin or clopidogrel. "
            "Do not stop any medicine unless your doctor tells you to.\n"
            "- If you have diabetes. The steroid in this injection can raise your blood sugar for a few days. "
            "Ask how to take your diabetes medicines, and plan to check your blood sugar more often.\n"
            "- If you are allergic to any medicine, to numbing medicine or steroids, or to contrast dye (X-ray dye) "
            "or iodine. Contrast dye is used to check the needle's position.\n"
            "- If you are pregnant or might be pregnant. The injection is done with X-rays.\n\n"
            "Plan for an adult to drive you home. You cannot drive yourself after the injection.\n\n"
            "Follow the instructions your clinic gives you about eating and drinking before the injection. "
            "They may be different if you will get medicine to help you relax.\n\n"
            "Wear loose, comfortable clothes. "
            "Bring a photo ID, your insurance card and a list of all the medicines you take, "
            "including vitamins and herbs."
        ),
        "preparation_es": (
            "Su equipo médico le dará indicaciones antes de la inyección. Sígalas con cuidado. "
            "Si tiene preguntas, llámenos al 619-543-0144.\n\n"
            "Antes de la inyección, avísele a su médico:\n\n"
            "- Si toma medicamentos para diluir la sangre (anticoagulantes), como aspirina, warfarina o clopidogrel. "
            "No deje de tomar ningún medicamento a menos que su médico se lo indique.\n"
            "- Si tiene diabetes. El esteroide de esta inyección puede subir el azúcar en la sangre por unos días. "
            "Pregunte cómo debe tomar sus medicamentos para la diabetes y planee medirse el azúcar más seguido.\n"
            "- Si tiene alergia a algún medicamento, al anestésico local o a los esteroides, al medio de contraste "
            "(el líquido que se ve en los rayos X) o al yodo. "
            "El medio de contraste se usa para revisar la posición de la aguja.\n"
            "- Si está embarazada o cree que podría estarlo. La inyección se hace con rayos X.\n\n"
            "Haga arreglos para que una persona adulta maneje por usted de regreso a casa. "
            "Usted no podrá manejar después de la inyección.\n\n"
            "Siga las indicaciones de la clínica sobre comer y beber antes de la inyección. "
            "Pueden ser diferentes si le van a dar un medicamento para ayudarle a relajarse.\n\n"
            "Use ropa cómoda y suelta. "
            "Traiga una identificación con foto, su tarjeta del seguro médico y una lista de todos los medicamentos "
            "que toma, incluidas las vitaminas y las hierbas."
        ),
        "what_you_feel_en": (
            "You stay awake for this injection. It is done with local anesthesia. "
            "Some people also get a mild medicine to help them relax. "
            "Whether you get sedation depends on the procedure and the clinic. Your doctor will tell you.\n\n"
            "When the doctor numbs your skin, you will feel a quick sting and burning for a few seconds. "
            "As the needle moves into the joint, you may feel pressure. "
            "When the medicine goes in, you may feel a short burst of your usual pain in your buttock or hip. "
            "This often passes quickly. Tell the doctor what you feel."
        ),
        "what_you_feel_es": (
            "Usted no se duerme durante esta inyección. Se hace con anestesia local. "
            "A algunas personas también se les da un medicamento suave para ayudarles a relajarse. "
            "Que le den sedación o no depende del procedimiento y de la clínica. Su médico se lo dirá.\n\n"
            "Cuando el médico le adormece la piel, sentirá un pinchazo rápido y ardor por unos segundos. "
            "Mientras la aguja entra en la articulación, puede sentir presión. "
            "Cuando entra el medicamento, puede sentir un momento breve de su dolor de siempre en la nalga o la "
            "cadera. Por lo general, pasa rápido. Dígale al médico lo que siente."
        ),
        "recovery_en": (
            "Do not drive for the rest of the day. "
            "The numbing medicine, and any sedation, can slow your reactions. "
            "For a few hours, it can also make your leg feel numb or weak. "
            "An adult should drive you home. "
            "If your leg feels numb or weak, have someone help you walk until it passes.\n\n"
            "Take it easy the day of the injection. "
            "Most people go back to work and their usual activities within a day or so. "
            "Your doctor will tell you what is right for you.\n\n"
            "The numbing medicine may ease your pain for a few hours. Then the pain may come back. "
            "The steroid often starts to work in a few days, but it can take up to about two weeks. "
            "Keep the pain record your doctor asks for during this time.\n\n"
            "For soreness, an ice pack wrapped in a thin towel can help. Use it for short periods. "
            "Ask your doctor when to start or go back to physical therapy."
        ),
        "recovery_es": (
            "No maneje durante el resto del día. "
            "El anestésico local y la sedación, si la recibe, pueden hacer más lentos sus reflejos. "
            "Por unas horas, también pueden hacer que sienta la pierna adormecida o débil. "
            "Una persona adulta debe manejar por usted de regreso a casa. "
            "Si siente la pierna adormecida o débil, pida a alguien que le ayude a caminar hasta que se le pase.\n\n"
            "Tómelo con calma el día de la inyección. "
            "La mayoría de las personas regresan al trabajo y a sus actividades habituales en más o menos un día. "
            "Su médico le dirá qué es lo adecuado para usted.\n\n"
            "El anestésico puede calmar el dolor por unas horas. Luego, el dolor puede regresar. "
            "Muchas veces el esteroide empieza a hacer efecto en unos días, pero puede tardar hasta unas dos semanas. "
            "Durante este tiempo, anote su dolor como se lo pida su médico.\n\n"
            "Si siente molestias, una bolsa de hielo envuelta en una toalla delgada puede ayudar. "
            "Úsela por ratos cortos. Pregunte a su médico cuándo empezar o volver a la fisioterapia."
        ),
        "when_to_call_en": (
            "Problems after a sacroiliac joint injection are uncommon. But some signs need care right away.\n\n"
            "Call 911 or go to the nearest emergency room if you have:\n\n"
            "- Sudden weakness or numbness in your legs or arms\n"
            "- Loss of control of your bladder or bowels\n"
            "- Trouble breathing, chest pain, or swelling of your face, lips or throat\n"
            "- A severe headache with a stiff neck or a fever\n\n"
            "Call us at 619-543-0144 if you have:\n\n"
            "- A fever or chills\n"
            "- Redness, swelling or warmth where the needle went in, or fluid or pus coming out\n"
            "- Pain that is much worse than before the injection\n"
            "- Numbness or weakness in your leg that lasts past the day of the injection\n"
            "- Blood sugar that is much higher than usual and does not come down, if you have diabetes\n\n"
            "If our clinics are closed and you are worried, go to an urgent care center or the nearest emergency room."
        ),
        "when_to_call_es": (
            "Los problemas después de una inyección sacroilíaca son poco comunes. "
            "Pero algunas señales necesitan atención de inmediato.\n\n"
            "Llame al 911 o vaya a la sala de emergencias más cercana si tiene:\n\n"
            "- Debilidad o adormecimiento repentino en las piernas o los brazos\n"
            "- Pérdida del control de la orina o de las heces\n"
            "- Dificultad para respirar, dolor en el pecho o hinchazón de la cara, los labios o la garganta\n"
            "- Un dolor de cabeza muy fuerte con el cuello rígido o fiebre\n\n"
            "Llámenos al 619-543-0144 si tiene:\n\n"
            "- Fiebre o escalofríos\n"
            "- Enrojecimiento, hinchazón o calor donde entró la aguja, o si sale líquido o pus\n"
            "- Dolor mucho peor que antes de la inyección\n"
            "- Adormecimiento o debilidad en la pierna que dura más allá del día de la inyección\n"
            "- Un nivel de azúcar en la sangre mucho más alto de lo normal que no baja, si tiene diabetes\n\n"
            "Si nuestras clínicas están cerradas y algo le preocupa, vaya a un centro de atención de urgencias o a la "
            "sala de emergencias más cercana."
        ),
        "questions_en": (
            "You may want to ask your doctor:\n\n"
            "- How likely is it that my pain comes from the SI joint?\n"
            "- What should I track after the injection, and for how long?\n"
            "- How long might the relief last?\n"
            "- How often can this injection be repeated?\n"
            "- Which exercises or physical therapy should go with it?"
        ),
        "questions_es": (
            "Puede hacerle estas preguntas a su médico:\n\n"
            "- ¿Qué tan probable es que mi dolor venga de la articulación sacroilíaca?\n"
            "- ¿Qué debo anotar después de la inyección y por cuánto tiempo?\n"
            "- ¿Cuánto podría durar el alivio?\n"
            "- ¿Cada cuánto se puede repetir esta inyección?\n"
            "- ¿Qué ejercicios o qué fisioterapia debo hacer junto con la inyección?"
        ),
    },
    "spinal-cord-stimulation": {
        "why_done_en": (
            "Spinal cord stimulation is used for some kinds of long-lasting pain in the back, legs or arms. "
            "It is most often used for nerve pain. "
            "Examples are pain that continues after back surgery and complex regional pain syndrome (CRPS).\n\n"
            "It may be an option if your pain has lasted a long time and other treatments have not helped enough. "
            "The goal is less pain and an easier time with daily life, such as walking, working or sleeping. "
            "Your doctor will look at your type of pain, your health and your goals.\n\n"
            "Many doctors also ask you to meet with a mental health professional before the trial. "
            "This is a common step. It helps make sure the treatment is a good fit for you."
        ),
        "why_done_es": (
            "La estimulación de la médula espinal se usa para algunos tipos de dolor de larga duración en la espalda, "
            "las piernas o los brazos. Se usa sobre todo para el dolor de los nervios. "
            "Algunos ejemplos son el dolor que sigue después de una cirugía de espalda y el síndrome de dolor "
            "regional complejo (SDRC).\n\n"
            "Puede ser una opción si su dolor ha durado mucho tiempo y otros tratamientos no han ayudado lo "
            "suficiente. La meta es tener menos dolor y que la vida diaria sea más fácil, por ejemplo, caminar, "
            "trabajar o dormir. Su médico tomará en cuenta su tipo de dolor, su salud y sus metas.\n\n"
            "Muchos médicos también le piden que hable con un profesional de salud mental antes de la prueba. "
            "Es un paso común. Ayuda a asegurarse de que el tratamiento sea adecuado para usted."
        ),
        "preparation_en": (
            "The trial and the permanent implant each come with their own instructions. "
            "Follow the ones your care team gives you. Before each step, tell your doctor:\n\n"
            "- If you take medicines that thin your blood (blood thinners), such as aspirin, warfarin or clopidogrel. "
            "Do not stop any medicine unless your doctor tells you to.\n"
            "- If you have diabetes. Ask how to take your diabetes medicines on the day of the procedure. "
            "Keeping your blood sugar in a good range helps lower the risk of infection.\n"
            "- If you are allergic to any medicine, including antibiotics and numbing medicine, or to contrast dye "
            "(X-ray dye), iodine or latex.\n"
            "- If you are pregnant or might be pregnant. Both steps use X-rays.\n"
            "- If you have a pacemaker, a defibrillator or another implanted device, or if you may need MRI scans in "
            "the future. Some stimulators limit the kinds of scans you can have.\n\n"
            "Plan for an adult to drive you home after the trial leads are placed and after the implant.\n\n"
            "Follow the instructions your clinic gives you about eating and drinking before each step. "
            "They matter most if you will get sedation or anesthesia.\n\n"
            "You may be asked to wash with a special soap before each step. Wear loose, comfortable clothes. "
            "Bring a photo ID, your insurance card and a list of all the medicines you take, "
            "including vitamins and herbs."
        ),
        "preparation_es": (
            "La prueba y el implante permanente tienen cada uno sus propias indicaciones. "
            "Siga las que le dé su equipo médico. Antes de cada paso, avísele a su médico:\n\n"
            "- Si toma medicamentos para diluir la sangre (anticoagulantes), como aspirina, warfarina o clopidogrel. "
            "No deje de tomar ningún medicamento a menos que su médico se lo indique.\n"
            "- Si tiene diabetes. Pregunte cómo debe tomar sus medicamentos para la diabetes el día del procedimiento. "
            "Mantener el azúcar en la sangre en un buen nivel ayuda a bajar el riesgo de infección.\n"
            "- Si tiene alergia a algún medicamento, incluidos los antibióticos y el anestésico local, al medio de "
            "contraste (el líquido que se ve en los rayos X), al yodo o al látex.\n"
            "- Si está embarazada o cree que podría estarlo. En los dos pasos se usan rayos X.\n"
            "- Si tiene un marcapasos, un desfibrilador u otro aparato implantado, o si podría necesitar resonancias "
            "magnéticas en el futuro. Algunos estimuladores limitan los tipos de estudios que se pueden hacer.\n\n"
            "Haga arreglos para que una persona adulta maneje por usted de regreso a casa después de que le "
            "coloquen los electrodos de prueba y después del implante.\n\n"
            "Siga las indicaciones de la clínica sobre comer y beber antes de cada paso. "
            "Son aún más importantes si le van a dar sedación o anestesia.\n\n"
            "Es posible que le pidan bañarse con un jabón especial antes de cada paso. Use ropa cómoda y suelta. "
            "Traiga una identificación con foto, su tarjeta del seguro médico y una lista de todos los medicamentos "
            "que toma, incluidas las vitaminas y las hierbas."
        ),
        "what_you_feel_en": (
            "For the trial, you stay awake. The leads are placed with local anesthesia. "
            "Some people also get a mild medicine to help them relax. "
            "Whether you get sedation depends on the procedure and the clinic. Your doctor will tell you.\n\n"
            "When the doctor numbs your skin, you will feel a quick sting and burning for a few seconds. "
            "As the needle and leads move into place, you may feel pressure. "
            "You may also feel a short zing or a brief burst of your usual pain in your back or leg.\n\n"
            "Then the doctor turns on the stimulator to test it. Many people feel a mild tingling or buzzing. "
            "The doctor may ask where you feel it. "
            "The leads or settings are then adjusted until the feeling covers your painful area. "
            "Some newer settings cause little or no tingling.\n\n"
            "For the permanent implant, you may get deeper sedation or general anesthesia. "
            "This depends on the procedure and the clinic. Your doctor will tell you what to expect."
        ),
        "what_you_feel_es": (
            "Durante la prueba, usted no se duerme. Los electrodos se colocan con anestesia local. "
            "A algunas personas también se les da un medicamento suave para ayudarles a relajarse. "
            "Que le den sedación o no depende del procedimiento y de la clínica. Su médico se lo dirá.\n\n"
            "Cuando el médico le adormece la piel, sentirá un pinchazo rápido y ardor por unos segundos. "
            "Mientras la aguja y los electrodos avanzan a su lugar, puede sentir presión. "
            "También puede sentir como un toque breve o un momento corto de su dolor de siempre en la espalda o "
            "la pierna.\n\n"
            "Después, el médico enciende el estimulador para probarlo. Muchas personas sienten un hormigueo o una "
            "vibración suave. Es posible que el médico le pregunte dónde lo siente. "
            "Luego se ajustan los electrodos o la programación hasta que la sensación cubra el área donde le duele. "
            "Con algunas programaciones más nuevas se siente poco hormigueo o nada.\n\n"
            "Para el implante permanente, es posible que le den una sedación más profunda o anestesia general. "
            "Esto depende del procedimiento y de la clínica. Su médico le dirá qué esperar."
        ),
        "recovery_en": (
            "Do not drive on the day the trial leads are placed or on the day of the implant. "
            "An adult should drive you home. "
            "Do not drive while you take pain medicine that makes you sleepy. "
            "Ask your doctor whether to turn off the stimulator when you drive.\n\n"
            "During the trial, which lasts about a week, the leads can move out of place. "
            "Avoid bending, twisting, reaching over your head and lifting. Keep the bandage dry. "
            "You usually cannot shower during the trial, so ask how to wash. "
            "Write down how your pain and your daily activities change.\n\n"
            "Many people can tell within a few days whether the stimulator helps. "
            "At the end of the trial, the temporary leads are removed. "
            "Then you and your doctor decide together about a permanent device.\n\n"
            "After the permanent implant, you will be sore for a while. An ice pack wrapped in a thin towel may help. "
            "Follow the limits on bending, twisting and lifting for as long as your doctor says. "
            "Short walks are often encouraged. Recovery takes longer than after an injection. "
            "When you can go back to work depends on your job and how you heal. Your doctor will tell you."
        ),
        "recovery_es": (
            "No maneje el día en que le colocan los electrodos de prueba ni el día del implante. "
            "Una persona adulta debe manejar por usted de regreso a casa. "
            "No maneje mientras tome medicamentos para el dolor que le den sueño. "
            "Pregunte a su médico si debe apagar el estimulador cuando maneje.\n\n"
            "Durante la prueba, que dura más o menos una semana, los electrodos se pueden mover de lugar. "
            "Evite agacharse, girar el cuerpo, levantar los brazos por encima de la cabeza y cargar cosas. "
            "Mantenga seco el vendaje. "
            "Por lo general no se puede bañar en la regadera durante la prueba, así que pregunte cómo asearse. "
            "Anote cómo cambian su dolor y sus actividades diarias.\n\n"
            "Muchas personas notan en pocos días si el estimulador les ayuda. "
            "Al final de la prueba, se retiran los electrodos temporales. "
            "Luego, usted y su médico deciden juntos si conviene un aparato permanente.\n\n"
            "Después del implante permanente, tendrá dolor por un tiempo. "
            "Una bolsa de hielo envuelta en una toalla delgada puede ayudar. "
            "Siga los límites para agacharse, girar el cuerpo y cargar cosas durante el tiempo que le diga su médico. "
            "Muchas veces se recomienda caminar un poco. La recuperación tarda más que después de una inyección. "
            "Cuándo puede volver al trabajo depende de su trabajo y de cómo sane. Su médico se lo dirá."
        ),
        "when_to_call_en": (
            "Some soreness after the trial or the implant is normal. But some signs need care right away.\n\n"
            "Call 911 or go to the nearest emergency room if you have:\n\n"
            "- Sudden weakness or numbness in your legs or arms\n"
            "- Loss of control of your bladder or bowels\n"
            "- Trouble breathing or chest pain\n"
            "- A severe headache with a stiff neck or a fever\n\n"
            "Call us at 619-543-0144 if you have:\n\n"
            "- A fever or chills\n"
            "- Redness, swelling or warmth at the cut or where the leads come out of the skin, "
            "or fluid or pus coming out\n"
            "- A wound that opens, or bleeding that does not stop\n"
            "- Leads that move or come out, or a bandage that comes off during the trial\n"
            "- Stimulation that suddenly changes or stops, or that feels like an uncomfortable jolt\n"
            "- Pain that is much worse than before\n"
            "- A headache that gets worse when you sit or stand and better when you lie down\n"
            "- New numbness or tingling that does not go away\n\n"
            "If our clinics are closed and you are worried, go to an urgent care center or the nearest emergency room."
        ),
        "when_to_call_es": (
            "Es normal tener algo de dolor después de la prueba o del implante. "
            "Pero algunas señales necesitan atención de inmediato.\n\n"
            "Llame al 911 o vaya a la sala de emergencias más cercana si tiene:\n\n"
            "- Debilidad o adormecimiento repentino en las piernas o los brazos\n"
            "- Pérdida del control de la orina o de las heces\n"
            "- Dificultad para respirar o dolor en el pecho\n"
            "- Un dolor de cabeza muy fuerte con el cuello rígido o fiebre\n\n"
            "Llámenos al 619-543-0144 si tiene:\n\n"
            "- Fiebre o escalofríos\n"
            "- Enrojecimiento, hinchazón o calor en la herida o donde los electrodos salen de la piel, "
            "o si sale líquido o pus\n"
            "- Una herida que se abre, o un sangrado que no para\n"
            "- Electrodos que se mueven o se salen, o un vendaje que se cae durante la prueba\n"
            "- Una estimulación que cambia o se detiene de repente, o que se siente como una descarga molesta\n"
            "- Dolor mucho peor que antes\n"
            "- Un dolor de cabeza que empeora al sentarse o ponerse de pie y mejora al acostarse\n"
            "- Adormecimiento u hormigueo nuevo que no se quita\n\n"
            "Si nuestras clínicas están cerradas y algo le preocupa, vaya a un centro de atención de urgencias o a la "
            "sala de emergencias más cercana."
        ),
        "questions_en": (
            "You may want to ask your doctor:\n\n"
            "- What kinds of pain can spinal cord stimulation help, and is mine one of them?\n"
            "- What would count as a successful trial for me?\n"
            "- Will I feel tingling, and can I change the settings myself?\n"
            "- Can I have MRI scans with this device?\n"
            "- Does the battery need charging, and how long does it last?\n"
            "- Which activities should I avoid, and for how long?"
        ),
        "questions_es": (
            "Puede hacerle estas preguntas a su médico:\n\n"
            "- ¿Qué tipos de dolor puede aliviar la estimulación de la médula espinal, y el mío es uno de ellos?\n"
            "- ¿Qué resultado de la prueba se consideraría un éxito en mi caso?\n"
            "- ¿Sentiré hormigueo? ¿Puedo cambiar la programación por mi cuenta?\n"
            "- ¿Me pueden hacer resonancias magnéticas con este aparato?\n"
            "- ¿La batería se tiene que cargar? ¿Cuánto dura?\n"
            "- ¿Qué actividades debo evitar y por cuánto tiempo?"
        ),
    },
}

_MEDLINEPLUS = "MedlinePlus (U.S. National Library of Medicine)"
_BACK_PAIN = (
    "Back Pain",
    "Dolor de espalda",
    _MEDLINEPLUS,
    "https://medlineplus.gov/backpain.html",
    "https://medlineplus.gov/spanish/backpain.html",
)
_CHRONIC_PAIN = (
    "Chronic Pain",
    "Dolor crónico",
    _MEDLINEPLUS,
    "https://medlineplus.gov/chronicpain.html",
    "https://medlineplus.gov/spanish/chronicpain.html",
)
_NINDS_PAIN = (
    "Pain",
    "Pain",
    "National Institute of Neurological Disorders and Stroke (NINDS)",
    "https://www.ninds.nih.gov/health-information/disorders/pain",
    "https://www.ninds.nih.gov/health-information/disorders/pain",
)
_CORTISONE_SHOTS = (
    "Cortisone shots",
    "Inyecciones de cortisona",
    "Mayo Clinic",
    "https://www.mayoclinic.org/tests-procedures/cortisone-shots/about/pac-20384794",
    "https://www.mayoclinic.org/es/tests-procedures/cortisone-shots/about/pac-20384794",
)

# (title_en, title_es, publisher, url_en, url_es)
REFERENCES = {
    "medial-branch-rhizotomy": [_BACK_PAIN, _CHRONIC_PAIN, _NINDS_PAIN],
    "medial-branch-block": [_BACK_PAIN, _CHRONIC_PAIN],
    "facet-joint-injection": [_BACK_PAIN, _CORTISONE_SHOTS],
    "epidural-steroid-injection": [
        (
            "FDA Drug Safety Communication: FDA requires label changes to warn of rare but serious neurologic "
            "problems after epidural corticosteroid injections for pain",
            "Comunicado de la FDA sobre la seguridad de los medicamentos: FDA requiere cambios en la etiqueta para "
            "advertir sobre problemas neurológicos graves pero poco frecuentes, tras una inyección epidural de "
            "corticosteroides para aliviar el dolor",
            "U.S. Food and Drug Administration (FDA)",
            "https://www.fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-fda-requires-label-"
            "changes-warn-rare-serious-neurologic-problems-after",
            "https://www.fda.gov/Drugs/DrugSafety/ucm395191.htm",
        ),
        (
            "Epidural injections for back pain",
            "Inyecciones epidurales para el dolor de espalda",
            _MEDLINEPLUS,
            "https://medlineplus.gov/ency/article/007485.htm",
            "https://medlineplus.gov/spanish/ency/article/007485.htm",
        ),
        (
            "Sciatica",
            "Ciática",
            _MEDLINEPLUS,
            "https://medlineplus.gov/sciatica.html",
            "https://medlineplus.gov/spanish/sciatica.html",
        ),
    ],
    "sacroiliac-joint-injection": [
        (
            "Sacroiliac joint pain - aftercare",
            "Atención postratamiento para el dolor de la articulación sacroilíaca",
            _MEDLINEPLUS,
            "https://medlineplus.gov/ency/patientinstructions/000610.htm",
            "https://medlineplus.gov/spanish/ency/patientinstructions/000610.htm",
        ),
        _CORTISONE_SHOTS,
        _BACK_PAIN,
    ],
    "spinal-cord-stimulation": [_CHRONIC_PAIN, _NINDS_PAIN],
}
