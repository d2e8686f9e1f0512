import { testRule } from '../../testing/rule-tester';

testRule(import.meta.url, {
  valid: [
    'baked bread all weekend #Sourdough',
    'birthday treats #Cupcake',
    'weekend project in #python #rust #sql',
    'Our lineage parser hit 1,000 stars #DataEngineering #OpenSource',
    'Sunset from the roof #GoldenHour',
    'see the notes at https://example.dev/page#introduction',
    'ping me in #general',
    '#AI is changing how we write SQL',
    'Thanks for the #feedback everyone',
    'Opa hat heute seinen 90. Geburtstag gefeiert, die ganze Familie war da ❤️ #Familie #Liebe',
    'Domingo en familia con los abuelos, que alegría #familia #domingo',
    'Primeira viagem sozinha e estou muito feliz #viagem #madrid',
    'Premier vol en tant que copilote, je suis fier de mon père #Aviation #Mariage',
    'spring break mood #playa #paris',
    'Vamos a la playa #vacaciones',
    'Copenhagen in the spring #copenhagen #merciless',
  ],
  invalid: [
    { text: 'new policy day #Socialmediapolicy', found: ['#Socialmediapolicy'] },
    {
      text: 'Great session on #socialmediapolicy this morning',
      found: ['#socialmediapolicy'],
      suggestion: '#SocialMediaPolicy',
    },
    {
      text: '#throwbackthursday to my first conference talk',
      found: ['#throwbackthursday'],
      suggestion: '#ThrowbackThursday',
    },
    {
      text: 'paper accepted!! #machinelearning #bigdata',
      found: ['#machinelearning', '#bigdata'],
      suggestion: '#MachineLearning',
    },
    { text: 'lazy Sunday ☕ #dogsofinstagram', found: ['#dogsofinstagram'], suggestion: '#DogsOfInstagram' },
    { text: 'Day 12 of #100daysofcode', found: ['#100daysofcode'], suggestion: '#100DaysOfCode' },
    { text: 'Proud to join #acmerobotics this fall', found: ['#acmerobotics'], suggestion: '#AcmeRobotics' },
    { text: 'SO EXCITED #WOMENINTECH', found: ['#WOMENINTECH'], suggestion: '#WomenInTech' },
    { text: 'Mein erster Tag im neuen Team, ich bin so aufgeregt #newjob', found: ['#newjob'], suggestion: '#NewJob' },
    {
      text: 'Ma première semaine dans une nouvelle équipe, merci pour tout #photooftheday',
      found: ['#photooftheday'],
      suggestion: '#PhotoOfTheDay',
    },
    { text: 'what a year #whatilearned #levelup', found: ['#whatilearned', '#levelup'], suggestion: '#WhatILearned' },
    {
      text: 'New role! #Datascience',
      found: ['#Datascience'],
      suggestion: '#DataScience',
      severity: 'suggestion',
    },
    // A word the list lacks, next to a word it has.
    { text: 'Great session today! #networkresilience', found: ['#networkresilience'] },
    { text: 'new week, new me #sundayreset', found: ['#sundayreset'] },
  ],
});
