import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    "we'll compensate for the noise with cake at the party",
    // Not an answer to anyone: an announcement, not a complaint reply.
    'Our events team will cover the cost of the summer party this year 🎉',
    'I checked your blog and the post went through fine, nice one',
    'Our insurer will cover the cost of the new roof, phew. Long week.',
    'I have seen your review of the new Zelda and I could not disagree more 😂',
    'Send your order number to my work email? No thanks, I will call the shop myself.',
    'The wait at the clinic today was unacceptable. I rebooked with another dentist and moved my account there.',
    "This heat is unacceptable, I've rescheduled my run to tomorrow morning.",
    'Sinto muito pela sua perda, querida. Me chama no direct se precisar conversar.',
    'Siento mucho lo de tu abuelo. Mándame un mensaje privado si quieres hablar.',
    'Sinto muito que você perdeu o show! Me manda uma mensagem no direct que eu te passo as fotos.',
    'Poxa, sinto muito! Me chama no direct que eu te mando o link da festa.',
    'Siento mucho no haber ido a tu cumple, mándame las fotos por privado.',
    'Sorry for the spam today, I am moving my blog. DM me if a link is broken.',
    'thanks for flagging the typo! fixed it in my blog post',
    'So sorry for your loss, he was a wonderful teacher.',
    '@AirlineCo sorry but this is the third delay this month. I want a refund.',
    'the plumber was so sorry about the mess he refunded half the fee. legend',
    'sorry for the late reply everyone! slides are on my blog now',
    'so sorry I missed your party!! dm me and we’ll plan brunch',
    'sorry about the noise last night neighbors! we’ll keep it down',
    'So sorry your flight got cancelled! Text me when you land and I’ll pick you up.',
    'I regret the haircut. Send help.',
    'lamento mucho lo de tu vuelo, ¡qué mala suerte! nos vemos a la vuelta',
    'Désolée pour le retard, je t’envoie les photos ce soir !',
    'Sorry I missed your call about the appointment, I’ll see what I can do about Saturday brunch.',
    'Send us your photos from the marathon and we’ll share the best ones!',
    'DM me your number and I’ll add you to the carpool chat',
    'Mándanos tus fotos del viaje, ¡queremos verlas!',
    'Oh no, my flight got cancelled! Call me when you land?',
    "That's not okay. Contact our HR department if your manager keeps doing that.",
    "Sorry for the late reply! What's your member number at the climbing gym? I'll add you as a guest.",
    "DM me and I'll refund you for the concert ticket, no stress",
    "Sorry you're sick! Someone from the church will call you about meal drop-offs.",
    "We'll refund everyone who bought tickets to the bake sale since it got rained out!",
    'Perdón por la espera, ya voy!',
    "Sorry I missed your party! Ask for me at the door next time and I'll get you in first, promise.",
    'Thanks for the 5-star review of my bakery! So glad you loved the croissants.',
    "You're right, the movie was better than the book. I'll swap my rating tonight.",
  ],
  invalid: [
    // Paying for the damage in the company's voice, with or without an apology.
    { text: '@jo_m our claims team will cover the repair costs, no need to chase it.', found: ['our claims team will cover the repair costs'] },
    { text: "that was our driver's fault and we'll compensate you in full. Sorry!", found: ["we'll compensate you"] },
    { text: 'Sorry to hear about the broken screen, Sam. We will pay for the replacement, promise.', found: ['We will pay for the replacement'] },
    // Looking up someone's records and telling them the result.
    { text: '@sam_k hi Sam, I checked your account and the refund went through yesterday. All sorted!', found: ['I checked your account'] },
    { text: 'I pulled up your order: it has been dispatched and is out for delivery today 👍', found: ['I pulled up your order'] },
    { text: 'I checked our system at the depot and your parcel went out this morning', found: ['I checked our system'] },
    // A promised refund in private needs no bill named.
    { text: "Shoot me a PM with your order number and I'll personally push the refund through.", found: ["I'll personally push the refund"] },
    { text: "@markopolo88 hey Marko, I work at the Harbourfront property — really sorry about the AC. send me your confirmation number and I'll get the night comped", found: ['really sorry'] },
    { text: "so sorry about the noise babe 😭 the construction next door ends in May. DM us and we'll send you a voucher for your next stay 💙", found: ['so sorry'] },
    { text: "We'll cover the tow and the rental, just send your order number to my work email and I'll sort it 👍", found: ['send your order number to my work email'] },
    { text: 'Hi Karen, thanks for the review. We apologize that your service appointment ran 3 hours over — I’ll personally make sure the service centre refunds the labour charge.', found: ['We apologize'] },
    { text: 'Das tut uns sehr leid! Schicken Sie uns bitte eine DM mit Ihrer Fahrgestellnummer, wir kümmern uns sofort darum.', found: ['tut uns sehr leid'] },
    { text: 'Hallo Herr Becker, wir haben Ihre Beschwerde gesehen (Buchung 77120) – selbstverständlich erstatten wir Ihnen die zweite Nacht!', found: ['wir haben Ihre Beschwerde gesehen'] },
    { text: 'Hi Mr Patel, I can see your booking for the 14th under your name — we’ll have a courtesy car ready, sorry again for the wait!', found: ['sorry again'] },
    {
      text: '@lena_zockt Das tut uns echt leid mit dem Ladebildschirm-Bug! Schick mir deine Spieler-ID per DM, ich kläre das mit dem Team.',
      found: ['tut uns echt leid'],
    },
    {
      text: "@lisa_hh Hi Lisa, meter ops here. The engineer no-show is unacceptable. I've rebooked you for Thursday 8-12 and put £30 on your account for the hassle.",
      found: ['The engineer no-show is unacceptable'],
    },
    {
      text: 'Thanks for flagging, Dana! I’ll get the bug fixed and credit your account today.',
      found: ['Thanks for flagging'],
    },
    {
      text: 'Apologies for the trouble with your invoice. DM me and I’ll look into it.',
      found: ['Apologies for'],
    },
    {
      text: '@sam_k so sorry about the late delivery! DM us your order number and we’ll sort it out today.',
      found: ['so sorry'],
    },
    {
      text: 'Really sorry this happened, Priya. I’ll make sure the refund is processed by Friday.',
      found: ['Really sorry'],
    },
    {
      text: '@bob we apologize for the inconvenience, please send us a private message with your account email.',
      found: ['we apologize'],
    },
    { text: 'our bad on the double charge, I’ll get it refunded tonight', found: ['our bad'] },
    {
      text: '@lena_t we hear you on the slow exports. Send me your account email and I’ll get you a credit this week.',
      found: ['we hear you'],
    },
    {
      text: 'Lo sentimos mucho, escríbenos por privado con tu número de pedido y lo solucionamos.',
      found: ['Lo sentimos'],
    },
    {
      text: 'Es tut uns leid! Schick uns bitte eine DM mit deiner Bestellnummer, wir erstatten den Betrag.',
      found: ['tut uns leid'],
    },
    {
      text: 'Désolés pour la gêne, envoyez-nous votre numéro de commande en MP et on vous rembourse.',
      found: ['Désolés pour'],
    },
    {
      text: 'Pedimos desculpas pelo transtorno, manda uma DM com o número do pedido que a gente resolve.',
      found: ['Pedimos desculpas'],
    },
    {
      text: 'So sorry about the mix-up with your appointment, Dana. DM us your member ID and we’ll look into it.',
      found: ['So sorry'],
    },
    {
      text: 'Apologies, Sam! Send us your claim number by DM and we’ll follow up on it today.',
      found: ['Apologies'],
    },
    {
      text: 'Lamentamos la espera, María. Envíanos por privado tu número de póliza y lo revisamos hoy.',
      found: ['Lamentamos'],
    },
    {
      text: 'Navrés pour ce vol annulé ! Envoyez-nous votre numéro de réservation en MP, on s’en occupe.',
      found: ['Navrés'],
    },
    {
      text: 'Sinto muito pelo atraso do voo! Manda uma DM com o número da reserva que a gente resolve.',
      found: ['Sinto muito'],
    },
    {
      text: 'Das tut uns leid mit dem Termin! Schick uns deine Versichertennummer per DM, wir kümmern uns darum.',
      found: ['tut uns leid'],
    },
    {
      text: 'That’s not the experience we want for our members. Message me your policy number and I’ll see what I can do.',
      found: ['That’s not the experience we want'],
    },
    {
      text: '@jordan_p DM us your member ID and the date of the visit, we’ll get the bill reviewed.',
      found: ['DM us your member ID'],
    },
    {
      text: 'Escríbenos por privado tu número de afiliado y revisamos la factura.',
      found: ['Escríbenos por privado tu número'],
    },
    {
      text: 'Schick uns bitte per DM deine Buchungsnummer.',
      found: ['Schick uns bitte per DM deine Buchungsnummer'],
    },
    {
      text: "Oh no, that's not okay. Please send me a private message with your MRN and I'll make sure someone calls you today.",
      found: ['Oh no'],
    },
    {
      text: '@paulo Lamentamos o ocorrido! Envie por DM o número da sua carteirinha que vamos verificar.',
      found: ['Lamentamos'],
    },
    {
      text: "@jean Nous sommes désolés pour cette attente. Envoyez-nous votre numéro d'adhérent en message privé, nous allons regarder.",
      found: ['Nous sommes désolés'],
    },
    {
      text: 'We apologize for the frustration. Please call our member services line and reference case 44812.',
      found: ['We apologize'],
    },
    {
      text: 'Hi Sam, this is Jess from the billing team. I can help with that — DM me your claim number.',
      found: ['DM me your claim number'],
    },
    {
      text: "We'd love to make this right. Please DM us so we can help.",
      found: ["We'd love to make this right"],
    },
    {
      text: "@kat_m Hi Kat, I work in patient billing. PM me and I'll get that duplicate charge reversed.",
      found: ['get that duplicate charge reversed'],
    },
    {
      text: "@jo We'll waive the late fee on your account this month, no need to call.",
      found: ["We'll waive"],
    },
    {
      text: 'Hi Mark, our billing team will reach out to you Monday about the duplicate charge.',
      found: ['our billing team will reach out to you'],
    },
    {
      text: 'Perdón por la espera, Lucía. Ya estamos revisando tu caso y te llamamos mañana.',
      found: ['Perdón por'],
    },
    {
      text: 'Entschuldigung für die lange Wartezeit! Wir melden uns morgen wegen Ihrer Rechnung.',
      found: ['Entschuldigung für'],
    },
    {
      text: "Sorry you had a bad experience at our urgent care. I've flagged it to the clinic director and someone will call you this week.",
      found: ['Sorry you'],
    },
      {
      text: 'Siento mucho lo de tu maleta, Pedro 😔 Mándanos un mensaje privado con tu localizador y te lo solucionamos hoy.',
      found: ['Siento mucho'],
    },
    {
      text: 'Siento muchísimo la espera, Carmen. Mándame un privado con tu localizador y te lo soluciono yo misma.',
      found: ['Siento muchísimo'],
    },
    {
      text: 'Cuánto lo siento, Jorge. Escríbenos por MD con el código de reserva y lo revisamos.',
      found: ['Cuánto lo siento'],
    },
    {
      text: 'Mil disculpas por la demora con tu pedido, escríbeme por privado y te lo arreglo.',
      found: ['Mil disculpas'],
    },
    {
      text: 'Oi @bia.m, sinto muito pela sua experiência com o atendimento! Me manda seu número de matrícula no direct que eu resolvo isso pra você.',
      found: ['sinto muito'],
    },
    {
      text: 'Sinto muito pelo atraso do voo, Ana! Manda pra gente uma mensagem no direct com o código da reserva que a gente resolve.',
      found: ['Sinto muito'],
    },
    {
      text: 'Poxa, lamento muito pela demora no atendimento 😔 me chama no inbox com o número do pedido que eu verifico pra você',
      found: ['lamento'],
    },
    {
      text: 'Perdão pelo transtorno, Júlia! Me passa seu CPF no privado que eu vejo isso hoje.',
      found: ['Perdão pelo'],
    },
    {
      text: "To the lady who left us a 1-star review about the pharmacy wait: we hear you and we're sorry. Next time ask for me (Tom) at the counter and I'll get you through in 10 minutes.",
      found: ['we hear you'],
    },
    {
      text: "Hi Sandra, I work at the Acme store in Harlow. Really sorry about the wait on Saturday, that's not how we want it to go. Pop in and ask for me, I'll make sure you get the early-upgrade discount.",
      found: ['Really sorry'],
    },
    {
      text: "Thanks for the 2-star review Jess. You're right, the room wasn't clean enough. I've told housekeeping and we'll refund your first night.",
      found: ['Thanks for the 2-star review'],
    },
    { text: "@fan sorry your jacket zipper broke! Bring it into any store and we'll swap it, no receipt needed.", found: ['sorry your'] },
    {
      text: "@bob we messed up your delivery, no excuses. I've credited your account $20 and the driver's been spoken to.",
      found: ['we messed up'],
    },
    {
      text: '@tina_j I hear you, the app update broke login for a lot of people. A fix is rolling out tonight, hang tight!',
      found: ['I hear you'],
    },
],
});
