import { describe, expect, it } from 'vitest';
import { dateNear, findTimeExpressions } from '../../src/extract/dates.js';

// 2021-05-08 was a Saturday.
const ref = '2021-05-08';
const resolve = (text: string, future = false) => findTimeExpressions(text, ref, future).map((t) => t.date);

describe('time expressions', () => {
  it('resolves weekdays to the most recent one before the article date', () => {
    expect(resolve('she arrived on Thursday')).toEqual(['2021-05-06']);
    expect(resolve('on Saturday')).toEqual(['2021-05-08']);
    expect(resolve('last Saturday')).toEqual(['2021-05-01']);
    expect(resolve('they will meet on Monday', true)).toEqual(['2021-05-10']);
    expect(resolve('next Tuesday')).toEqual(['2021-05-11']);
  });

  it('resolves relative months, weeks and years', () => {
    expect(resolve('last month')).toEqual(['2021-04']);
    expect(resolve('next month')).toEqual(['2021-06']);
    expect(resolve('last year')).toEqual(['2020']);
    expect(resolve('two days ago')).toEqual(['2021-05-06']);
    expect(resolve('a couple of weeks ago')).toEqual(['2021-04-24']);
    expect(resolve('yesterday')).toEqual(['2021-05-07']);
  });

  it('resolves absolute and partial dates', () => {
    expect(resolve('in 2014')).toEqual(['2014']);
    expect(resolve('on April 22')).toEqual(['2021-04-22']);
    expect(resolve('on 3 March 2019')).toEqual(['2019-03-03']);
    expect(resolve('on December 30')).toEqual(['2020-12-30']);
    expect(resolve('in May 2020')).toEqual(['2020-05']);
    expect(resolve('in February')).toEqual(['2021-02']);
  });

  it('needs the article date for relative expressions', () => {
    expect(findTimeExpressions('on Thursday', undefined).map((t) => t.date)).toEqual([undefined]);
    expect(findTimeExpressions('in 2014', undefined).map((t) => t.date)).toEqual(['2014']);
  });

  it('picks the expression nearest the event', () => {
    const s = 'In 2019 the minister said she met him on Tuesday.';
    expect(dateNear(s, s.indexOf('met'), ref)).toBe('2021-05-04');
  });
});
