import fc from 'fast-check'
import { pinyin } from 'pinyin-pro'
import { describe, expect, it } from 'vitest'
import { nameKeys } from '../../src-main/customers/search-keys'

describe('name keys', () => {
  it('gives Chinese names full pinyin, initials and a pinyin sort key', () => {
    expect(nameKeys('张三')).toEqual({ namePinyin: 'zhangsan', nameInitials: 'zs', sortKey: 'zhangsan 张三' })
    expect(nameKeys('曾小明')).toMatchObject({ namePinyin: 'zengxiaoming', nameInitials: 'zxm' })
  })

  it('takes the words of names without Chinese characters as they are', () => {
    expect(nameKeys('John Smith')).toEqual({ namePinyin: 'johnsmith', nameInitials: 'js', sortKey: 'johnsmith john smith' })
    expect(nameKeys('Ｃｕｓｔｏｍｅｒ 12345')).toMatchObject({ namePinyin: 'customer12345', nameInitials: 'c1' })
  })

  it('the shortcut for non-Chinese names agrees with pinyin-pro', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (raw) => {
        const text = raw.normalize('NFKC').toLowerCase()
        fc.pre(!/\p{Script=Han}/u.test(text))
        const words = pinyin(text, { type: 'all', toneType: 'none', nonZh: 'consecutive', v: true }).flatMap(
          (part) => part.origin.match(/[\p{L}\p{N}]+/gu) ?? [],
        )
        expect(nameKeys(raw).namePinyin).toBe(words.join(''))
      }),
    )
  })
})
