"""The per-article stages: from a raw page to an article with its actors and coded events.

Nothing here reads another article or the store: what is computed over the corpus lives in
:mod:`tieline.analyze`. The one place that wires the stages, in order, is ``pipeline``.
The modules, by the stage they serve:

Page to text
    ``extract`` (main text, title, outlet, date, language of a page), ``clean`` (boilerplate
    left in plain text), ``readers`` (the readers' comments or contributions on a page, not read
    for events), ``published`` (a page's date from its address or stamp; ``epochs``: a Unix
    timestamp in the address that the page's own month confirms), ``language``,
    ``select`` (the lines that can hold an event, so only they are parsed), ``parse`` (spaCy,
    guarded), ``memo`` (cheaper stand-ins for spaCy's rule components), ``offsets``.

Actors
    ``actors`` (mentions resolved to the knowledge base's actors, people learned from their own
    sentence), with its parts: ``kb_entities`` (entities the knowledge base knows),
    ``people`` (names matched or learned), ``descriptions`` (a person's title and state
    from the words around the name), ``titles`` (titles without names), ``roles`` (titles
    and agent nouns), ``actor_state`` and ``annotator`` (what they share, and the Protocol
    they take as ``self``), ``gazetteer`` (the spaCy pipeline with the knowledge base's
    names); ``branding`` (a state's word for the other side's act or for the side itself),
    ``surnames`` (a surname alone is a KB person only where the page introduces them or its
    context fixes them), ``appositions`` (the words beside a name that say who a person is).

Events: the coder and its parts
    ``lexicon`` (the layered event lexicon: tieline's entries over the generated CAMEO layer),
    ``events`` (:class:`~.events.EventCoder`: patterns matched on the parse, sides, status,
    date, evidence), with, below it and never importing it:

    - the coder's own reading, in mixins (``coder``: the Protocol they take as ``self``):
      ``article_sides`` (sides from the article's pair or the sentence before),
      ``triggers`` (the words that head an entry), ``arguments`` and ``noun_arguments``
      (a verb's and an act noun's sides), ``targets`` and ``doers`` (sides its words leave
      out), ``actor_refs``, ``anaphora`` and ``speakers`` (whom a token, a pronoun or a
      quote's "we" stands for), ``officeholders`` (whom "the two foreign ministers" are);
    - whether a match is an act: ``matching``, ``nonacts`` (words that state no act),
      with ``journeys``, ``questions``, ``dangers``, ``lasting``, ``orders`` and
      ``acting`` (the non-act predicates by what the words do instead),
      ``hazards`` (force or threats of a disease, disaster or accident), ``senses`` (a word
      in a sense that is no act: people at large on the move, a person's part in force, an
      act named as its aftermath's topic, "demonstrated goodwill"), ``learning`` (what
      is learned is no one consulted), ``contests`` (a legal or trade fight is no force),
      ``polarity`` (refused, reversed, failed);
    - who acts on whom: ``found`` (working records), ``nouns``, ``clauses``, ``coordination``,
      ``powers`` (a summoned envoy's host, custody's ground, "the territories" taken),
      ``custody`` (sides told by the place of an act: custody by the holder of its town,
      "by Akhalgori police"; a crowd's protest by the people of its place),
      ``regrets`` (whom an apology is made to), ``remarks`` (a reaction to words told just
      before is aimed at their speaker), ``reception`` ("was met with criticism":
      no meeting, the reaction aimed at what was received), ``gerunds`` (a reaction to
      "Chinese renaming" is aimed at its doer), ``retorts`` (threats of a response and
      reactions to "the deployment": the doer of the act before),
      ``asking``, ``pairs``, ``sides`` and ``partners`` (sides the sentence leaves to its
      governing clause, the sentence before, or says by description), with
      ``answered`` (whom a refusal or an answer tells), ``home_sides`` (the people or body at
      home), ``side_grammar`` (the grammar of sides a parse hides) and ``side_basics`` (which
      side an actor is on, who can act), ``counterpart`` and
      ``article_pair`` (the pair of states an article is about), ``responses`` (answers and
      releases across an article's reports), ``groups`` (unnamed groups as sides, trips at
      home not coded), ``private`` (acts between private persons, not coded and said),
      ``affiliates`` (a group named by its tie to another: "supporters of X" are not X),
      ``business`` (a company is a business of a state, never the state), ``firm_names``
      (a name the page described as a company or its executive stays one),
      ``firm_pronouns`` ("it" after a company is the company), ``offices`` (whose a bare
      "the government" is), ``domestic`` (both sides of one state: counted and said, no
      relation between two states), ``gender`` (a
      pronoun never stands for a person titled of the other gender), ``impacts`` (an act of
      force doing a verb of impact: one happening, the verb's undergoer its target),
      ``clashes`` (a clash told by the fighters of two states it killed was between them);
    - how sure: ``status``, ``mood``, ``negation`` (planned, asked for, possible, denied),
      ``decisions`` (a measure decided is in force);
    - when: ``dates`` (temporal expressions anchored on the publication date), with
      ``date_patterns``, ``date_anchors`` and ``date_finding`` (its patterns, their handlers,
      the spans in running text), ``eventdate``,
      ``clausedates``, ``occasions``, ``tense``, ``reference``, ``newsday``, ``headings``;
    - ``headline`` (a page's title coded as a sentence of its page); ``words`` (shared lists).
"""
