import { describe, expect, it } from 'vitest';
import { isSponsored, showsInvestmentNotice } from './notices';
import { siteConfig } from '../config';

describe('showsInvestmentNotice', () => {
  const investment = siteConfig.investmentCategories;

  it('is on for a post in an investment category, whatever its other categories', () => {
    expect(investment).toEqual(['投資分析']);
    expect(showsInvestmentNotice({ categories: ['マクロ経済', '投資分析'] }, investment)).toBe(true);
    // Spellings that share a URL segment are one category.
    expect(showsInvestmentNotice({ categories: ['投資分析 '] }, investment)).toBe(true);
  });

  it('is off for other posts, and for a post that turns it off with disclaimer: false', () => {
    expect(showsInvestmentNotice({ categories: ['半導体', 'テクノロジー'] }, investment)).toBe(false);
    expect(showsInvestmentNotice({ categories: [] }, investment)).toBe(false);
    expect(showsInvestmentNotice({ categories: ['投資分析'], disclaimer: false }, investment)).toBe(false);
    expect(showsInvestmentNotice({ categories: ['投資分析'], disclaimer: true }, investment)).toBe(true);
  });

  it('follows the configured list', () => {
    expect(showsInvestmentNotice({ categories: ['暗号資産'] }, ['暗号資産', '投資分析'])).toBe(true);
    expect(showsInvestmentNotice({ categories: ['投資分析'] }, [])).toBe(false);
  });
});

describe('isSponsored', () => {
  it('is true only for sponsored: true', () => {
    expect(isSponsored({ sponsored: true })).toBe(true);
    expect(isSponsored({ sponsored: false })).toBe(false);
    expect(isSponsored({})).toBe(false);
  });
});
