import { expect } from '@open-wc/testing';
import { formatPath, pathWithIds, validatePack } from '../../src/core/validate-all.js';
import type { PackProblem } from '../../src/core/types.js';
import { loose, quizPack, regionPack } from './fixtures.js';

/** The problems of a pack that must fail, as [path, key] pairs. */
function problems(data: unknown, kind?: Parameters<typeof validatePack>[1]): PackProblem[] {
  const r = validatePack(data, kind);
  if (r.ok) throw new Error('expected the pack to be refused');
  return r.problems;
}
const where = (ps: PackProblem[]) => ps.map((p) => [p.path, p.key]);

describe('formatPath', () => {
  it('turns JSON Pointers into dotted paths with bracket indices', () => {
    expect(formatPath('')).to.equal('');
    expect(formatPath('/title')).to.equal('title');
    expect(formatPath('/questions/2/options')).to.equal('questions[2].options');
    expect(formatPath('/questions/0/pairs/1/right')).to.equal('questions[0].pairs[1].right');
    expect(formatPath('/a~1b/x y')).to.equal('["a/b"]["x y"]');
  });
});

describe('validatePack: valid packs', () => {
  it('accepts a quiz with every question type and returns it', () => {
    const pack = quizPack();
    const r = validatePack(pack, 'quiz');
    expect(r.ok).to.equal(true);
    if (r.ok) expect(r.pack).to.equal(pack);
  });

  it('accepts a minimal quiz (one true/false question)', () => {
    const r = validatePack({
      schema: 'aman-pack/1', kind: 'quiz', id: 'q', lang: 'jv', version: '0.1', title: 'T', passMark: 0,
      questions: [{ id: 'q1', type: 'true-false', prompt: 'P', answer: true }],
    });
    expect(r.ok).to.equal(true);
  });

  it('accepts unknown extra fields (packs from newer authors)', () => {
    const p = loose(quizPack());
    p.futureField = { x: 1 };
    p.questions[0].hint = 'new';
    const r = validatePack(p);
    expect(r.ok).to.equal(true);
    // Accepted, but named for the author (the CLI prints warnings; the elements ignore them).
    expect(r.warnings).to.deep.equal([
      { path: 'questions[0].hint', key: 'unknownField', params: { property: 'hint' } },
      { path: 'futureField', key: 'unknownField', params: { property: 'futureField' } },
    ]);
    expect(validatePack(quizPack()).warnings).to.equal(undefined);
  });

  it('accepts a minimal region pack, and one with every field', () => {
    expect(validatePack(regionPack(), 'region').ok).to.equal(true);
    const full = loose(regionPack());
    full.source = 'Dinas P3A, telepon 2026-01-30';
    full.contacts.push({ id: 'polres', type: 'police-ppa', name: 'Unit PPA', phone: '110', address: 'Jl. Contoh', hours: '24 jam', notes: '', url: 'https://polres.example' });
    full.regulations = [{ title: 'Perda 1/2020', note: 'perlindungan anak' }];
    expect(validatePack(full).ok).to.equal(true);
  });
});

describe('validatePack: the document', () => {
  it('refuses anything but an object', () => {
    for (const data of [null, 42, 'pack', [quizPack()], undefined]) {
      expect(problems(data)).to.deep.equal([{ path: '', key: 'notObject' }]);
    }
  });

  it('refuses a document that is not an aman-pack/1', () => {
    const p = loose(quizPack());
    p.schema = 'aman-pack/2';
    expect(problems(p)).to.deep.equal([{ path: 'schema', key: 'badSchema', params: { expected: 'aman-pack/1' } }]);
    delete p.schema;
    expect(where(problems(p))).to.deep.equal([['schema', 'badSchema']]);
  });

  it('names the wrong kind', () => {
    expect(problems(regionPack(), 'quiz')).to.deep.equal([
      { path: 'kind', key: 'wrongKind', params: { expected: 'quiz', actual: 'region' } },
    ]);
  });

  it('refuses an unknown kind, listing the known ones', () => {
    const p = loose(quizPack());
    p.kind = 'essay';
    expect(problems(p)).to.deep.equal([
      { path: 'kind', key: 'enum', params: { allowed: 'quiz, lesson, report-guide, stigma, procedure-training, collaboration-check, region' } },
    ]);
    delete p.kind;
    expect(problems(p)).to.deep.equal([{ path: 'kind', key: 'required', params: { property: 'kind' } }]);
  });
});

describe('validatePack: quiz problems, with their exact paths', () => {
  it('reports a missing field at the path where it belongs, in document order', () => {
    const p = loose(quizPack());
    delete p.title;
    delete p.questions[1].prompt;
    delete p.questions[2].answer;
    expect(problems(p)).to.deep.equal([
      { path: 'title', key: 'required', params: { property: 'title' } },
      { path: 'questions[1].prompt', key: 'required', params: { property: 'prompt' } },
      { path: 'questions[2].answer', key: 'required', params: { property: 'answer' } },
    ]);
    const q = loose(quizPack());
    delete q.questions;
    expect(problems(q)).to.deep.equal([{ path: 'questions', key: 'required', params: { property: 'questions' } }]);
  });

  it('reports wrong types plainly', () => {
    const p = loose(quizPack());
    p.passMark = '70%';
    p.questions = p.questions.slice(0, 3);
    p.questions[0].options[0].correct = 'yes';
    p.questions[1].options = { a: 1 };
    p.questions[2].answer = 'false';
    expect(where(problems(p))).to.deep.equal([
      ['passMark', 'notNumber'],
      ['questions[0].options', 'noCorrectOption'], // "yes" is not true
      ['questions[0].options[0].correct', 'notBoolean'],
      ['questions[1].options', 'notArray'],
      ['questions[2].answer', 'notBoolean'],
    ]);
    expect(problems({ ...quizPack(), questions: 'none' })[0]).to.deep.equal({ path: 'questions', key: 'notArray', params: { type: 'array' } });
  });

  it('needs two options, and exactly one correct in a single-choice question', () => {
    const one = loose(quizPack());
    one.questions[0].options.pop();
    expect(problems(one)).to.deep.equal([{ path: 'questions[0].options', key: 'minItems', params: { limit: 2 } }]);

    const two = loose(quizPack());
    two.questions[0].options[1].correct = true;
    expect(problems(two)).to.deep.equal([{ path: 'questions[0].options', key: 'oneCorrectOption', params: { count: 2 } }]);

    const none = loose(quizPack());
    delete none.questions[0].options[0].correct;
    expect(where(problems(none))).to.deep.equal([['questions[0].options', 'noCorrectOption']]);
  });

  it('needs a correct and a wrong option in a multiple-choice question', () => {
    const p = loose(quizPack());
    for (const o of p.questions[1].options) o.correct = true;
    expect(where(problems(p))).to.deep.equal([['questions[1].options', 'needsWrongOption']]);
    for (const o of p.questions[1].options) o.correct = false;
    expect(where(problems(p))).to.deep.equal([['questions[1].options', 'noCorrectOption']]);
  });

  it('finds duplicate ids among questions, options, items and pairs', () => {
    const p = loose(quizPack());
    p.questions[2].id = 'q1';
    p.questions[1].options[3].id = 'a';
    p.questions[3].items[2].id = 's1';
    p.questions[4].pairs[1].id = 'p1';
    expect(problems(p)).to.deep.equal([
      { path: 'questions[1].options[3].id', key: 'duplicateId', params: { id: 'a' } },
      { path: 'questions[2].id', key: 'duplicateId', params: { id: 'q1' } },
      { path: 'questions[3].items[2].id', key: 'duplicateId', params: { id: 's1' } },
      { path: 'questions[4].pairs[1].id', key: 'duplicateId', params: { id: 'p1' } },
    ]);
  });

  it('needs distinct right (and left) sides in matching, ignoring case and spacing', () => {
    const p = loose(quizPack());
    p.questions[4].pairs[2].right = '  Pendampingan ';
    p.questions[4].pairs[1].left = 'uptd  ppa';
    expect(problems(p)).to.deep.equal([
      { path: 'questions[4].pairs[1].left', key: 'duplicateLeft', params: { text: 'uptd  ppa' } },
      { path: 'questions[4].pairs[2].right', key: 'duplicateRight', params: { text: '  Pendampingan ' } },
    ]);
  });

  it('refuses unsafe image addresses and allows relative and https ones', () => {
    const withSrc = (src: string) => {
      const p = loose(quizPack());
      p.questions[0].image = { src, alt: 'Gambar' };
      return validatePack(p);
    };
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:image/png;base64,AAAA', 'http://example.org/a.png', '//evil.example/a.png', '\\\\evil.example/a.png']) {
      const r = withSrc(bad);
      expect(r.ok, bad).to.equal(false);
      if (!r.ok) expect(r.problems).to.deep.equal([{ path: 'questions[0].image.src', key: 'unsafeUrl', params: { url: bad } }]);
    }
    for (const good of ['img/a.png', './a.png', '../img/a.png', '/img/a.png', 'https://aman.example/a.png', 'a.png?x=1:2']) {
      expect(withSrc(good).ok, good).to.equal(true);
    }
  });

  it('needs a non-empty alt text, a positive points value and a known type', () => {
    const p = loose(quizPack());
    p.questions[0].image = { src: 'a.png', alt: '   ' };
    p.questions[2].points = 0;
    p.questions[3].type = 'essay';
    expect(problems(p)).to.deep.equal([
      { path: 'questions[0].image.alt', key: 'empty', params: { pattern: '\\S' } },
      { path: 'questions[2].points', key: 'exclusiveMinimum', params: { limit: 0 } },
      { path: 'questions[3].type', key: 'enum', params: { allowed: 'single, multiple, true-false, ordering, matching' } },
    ]);
  });

  it('checks the header fields and lists problems in document order', () => {
    const p = loose(quizPack());
    p.questions = [];
    p.passMark = 1.5;
    p.version = 'v1';
    p.lang = 'fr';
    p.id = 'Kenali Dan Laporkan';
    expect(where(problems(p))).to.deep.equal([
      ['id', 'packIdFormat'],
      ['lang', 'enum'],
      ['version', 'versionFormat'],
      ['passMark', 'maximum'],
      ['questions', 'minItems'],
    ]);
  });

  it('reports a question that is not an object without noise', () => {
    const p = loose(quizPack());
    p.questions[1] = 'q2';
    expect(problems(p)).to.deep.equal([{ path: 'questions[1]', key: 'notObject', params: { type: 'object' } }]);
  });
});

describe('validatePack: region problems', () => {
  it('checks contact types, phone numbers, names and ids', () => {
    const p = loose(regionPack());
    p.contacts.push({ id: 'uptd', type: 'hospital', name: '', phone: 'call 112', whatsapp: '0812 abc' });
    expect(where(problems(p))).to.deep.equal([
      ['contacts[1].id', 'duplicateId'],
      ['contacts[1].type', 'enum'],
      ['contacts[1].name', 'empty'],
      ['contacts[1].phone', 'phoneFormat'],
      ['contacts[1].whatsapp', 'phoneFormat'],
    ]);
  });

  it('needs a real date and at least one contact', () => {
    const p = loose(regionPack());
    p.lastVerified = '2026-02-30';
    expect(problems(p)).to.deep.equal([{ path: 'lastVerified', key: 'invalidDate', params: { date: '2026-02-30' } }]);
    p.lastVerified = '31/01/2026';
    p.contacts = [];
    expect(where(problems(p))).to.deep.equal([
      ['lastVerified', 'dateFormat'],
      ['contacts', 'minItems'],
    ]);
  });

  it('allows only http(s) web pages for contacts', () => {
    const p = loose(regionPack());
    p.contacts[0].url = 'javascript:alert(1)';
    expect(problems(p)).to.deep.equal([{ path: 'contacts[0].url', key: 'unsafeUrl', params: { url: 'javascript:alert(1)' } }]);
  });
});

describe('validatePack: mistakes that used to pass (issue 10.13)', () => {
  it('refuses a misspelled field, naming the field meant; other unknown fields are warnings', () => {
    const p = loose(quizPack());
    p.questions[0].explaination = 'Karena…';
    p.questions[1].options[0].Correct = true;
    p.questions[2].feedbackFalse = 'x';
    p.pasMark = 0.5;
    p.questions[3].items[0].colour = 'red';
    const r = validatePack(p);
    expect(!r.ok && r.problems).to.deep.equal([
      { path: 'questions[0].explaination', key: 'misspelledField', params: { property: 'explaination', suggestion: 'explanation' } },
      { path: 'questions[1].options[0].Correct', key: 'misspelledField', params: { property: 'Correct', suggestion: 'correct' } },
      { path: 'pasMark', key: 'misspelledField', params: { property: 'pasMark', suggestion: 'passMark' } },
    ]);
    expect(r.warnings).to.deep.equal([{ path: 'questions[3].items[0].colour', key: 'unknownField', params: { property: 'colour' } }]);
  });

  it('refuses an "answer" on a single-choice question, and other fields of another question type', () => {
    const p = loose(quizPack());
    p.questions[0].answer = 'b';
    p.questions[2].options = [{ id: 'a', text: 'A' }];
    p.questions[4].items = p.questions[3].items;
    expect(where(problems(p))).to.deep.equal([
      ['questions[0].answer', 'answerNotUsed'],
      ['questions[2].options', 'otherTypeField'],
      ['questions[4].items', 'otherTypeField'],
    ]);
    expect(problems(p)[1]!.params).to.deep.equal({ property: 'options', type: 'true-false', owner: 'single, multiple' });
  });

  it('hints that "passMark": 70 is written 0.7', () => {
    const p = loose(quizPack());
    p.passMark = 70;
    expect(problems(p)).to.deep.equal([{ path: 'passMark', key: 'passMarkPercent', params: { value: 70, fraction: 0.7 } }]);
  });

  it('names list items by their id as well as their index', () => {
    const p = loose(quizPack());
    expect(pathWithIds(p, 'questions[2].answer')).to.equal('questions[2]#q3.answer');
    expect(pathWithIds(p, 'questions[1].options[3].text')).to.equal('questions[1]#q2.options[3]#d.text');
    expect(pathWithIds(p, 'passMark')).to.equal('passMark');
    expect(pathWithIds({ a: [{ x: 1 }], 'b/c': [{ id: 'z' }] }, 'a[0].x')).to.equal('a[0].x');
    expect(pathWithIds({ 'b/c': [{ id: 'z' }] }, '["b/c"][0]')).to.equal('["b/c"][0]#z');
  });
});

describe('validatePack: links and sizes (issue 16)', () => {
  it('refuses a link whose label shows another number than it dials, bidi tricks included', () => {
    const p = loose(quizPack());
    p.questions[0].prompt = 'Telepon [SAPA 129](tel:+6281299998888) atau [SAPA](tel:129) atau [SAPA 129](tel:129)';
    p.questions[1].explanation = 'Lewat [\u202e921 nopeleT](https://wa.me/6281299998888).';
    expect(problems(p)).to.deep.equal([
      { path: 'questions[0].prompt', key: 'linkNumber', params: { label: 'SAPA 129', number: '+6281299998888' } },
      { path: 'questions[1].explanation', key: 'linkNumber', params: { label: '921 nopeleT', number: '+6281299998888' } },
    ]);
  });

  it('caps lists and texts, and never walks into an unknown field however deep', () => {
    const p = loose(quizPack());
    p.questions[0].prompt = '['.repeat(10_001);
    p.questions[1].options = Array.from({ length: 13 }, (_, i) => ({ id: `o${i}`, text: 'x', correct: i === 0 }));
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    p.deep = deep;
    expect(where(problems(p))).to.deep.equal([
      ['questions[0].prompt', 'tooLong'],
      ['questions[1].options', 'maxItems'],
    ]);
    const many = loose(quizPack());
    many.questions = Array.from({ length: 201 }, (_, i) => ({ id: `q${i}`, type: 'true-false', prompt: 'P', answer: true }));
    expect(where(problems(many))).to.deep.equal([['questions', 'maxItems']]);
  });
});
