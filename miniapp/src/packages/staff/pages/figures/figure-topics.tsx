import { Text, View } from '@tarojs/components';
import type { Figures } from '@tongxin/types';

import { figureTopics } from '../../components/figures/figure-format';

/** The period's figures as cards, a section per topic; a figure that was not counted says why. */
export function FigureTopics({ figures }: { figures: Figures }) {
  return (
    <View className='figure-topics'>
      {figureTopics(figures).map((topic) => (
        <View key={topic.key} className={`figure-topic figure-topic--${topic.key}`}>
          <Text className='form-card__title figure-topic__title'>{topic.title}</Text>
          <View className='figure-topic__cards'>
            {topic.cards.map((card) => (
              <View key={card.key} className={`figure-card figure-card--${card.key.replace('.', '-')}`}>
                <Text className='figure-card__label'>{card.label}</Text>
                <Text className='figure-card__value'>{card.value}</Text>
                {card.note ? <Text className='figure-card__note'>{card.note}</Text> : null}
              </View>
            ))}
          </View>
        </View>
      ))}
    </View>
  );
}
